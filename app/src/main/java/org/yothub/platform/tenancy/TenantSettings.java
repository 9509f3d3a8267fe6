package org.yothub.platform.tenancy;

import io.micronaut.serde.annotation.Serdeable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A tenant's settings (domain.md). Every value has the documented default, so a tenant file
 * may omit any of them. RAG bounds are direction-free: the measure knows whether lower is better.
 */
@Serdeable
public record TenantSettings(
        Map<String, RagBounds> rag,
        Map<String, ContactFrequency> scaledApproach,
        Map<String, Double> remandCostPerNight,
        Timescales timescales,
        RiskBands riskBands,
        int dbsRenewalYears,
        ScaledApproachBands scaledApproachBands) {

    /** Settings stored before the Asset bands were configurable read with the default bands. */
    public TenantSettings {
        scaledApproachBands = scaledApproachBands == null ? ScaledApproachBands.DEFAULT : scaledApproachBands;
    }

    /**
     * The Asset scores from which the Scaled Approach level is enhanced and intensive (domain.md §3,
     * default 15 and 33: standard 0-14, enhanced 15-32, intensive 33-64).
     */
    @Serdeable
    public record ScaledApproachBands(int enhancedFromAsset, int intensiveFromAsset) {
        public static final ScaledApproachBands DEFAULT = new ScaledApproachBands(15, 33);
    }

    @Serdeable
    public record RagBounds(double green, double red) { }

    @Serdeable
    public record ContactFrequency(int first3Months, int after) { }

    @Serdeable
    public record Timescales(int assessmentWorkingDays, int outOfCourtAssessmentWorkingDays, int planWorkingDays,
                             int reviewMonths, int missedAppointmentFollowUpWorkingDays,
                             int absencesBeforeWarning, int absencesBeforeBreach) { }

    @Serdeable
    public record RiskBands(int high, int medium) { }

    public static TenantSettings defaults() {
        Map<String, RagBounds> rag = new LinkedHashMap<>();
        rag.put("custody_rate_per_1000", new RagBounds(0.10, 0.15));
        rag.put("reoffending_binary_percent", new RagBounds(35, 40));
        rag.put("fte_rate_per_100k", new RagBounds(200, 300));
        Map<String, ContactFrequency> scaled = new LinkedHashMap<>();
        scaled.put("standard", new ContactFrequency(2, 1));
        scaled.put("enhanced", new ContactFrequency(4, 2));
        scaled.put("intensive", new ContactFrequency(12, 4));
        Map<String, Double> remand = new LinkedHashMap<>();
        remand.put("LAA", 0.0);
        remand.put("SCH", 762.0);
        remand.put("STC", 453.0);
        remand.put("YOI", 321.0);
        return new TenantSettings(rag, scaled, remand, new Timescales(15, 10, 15, 3, 1, 2, 3),
                new RiskBands(15, 8), 3, ScaledApproachBands.DEFAULT);
    }
}
