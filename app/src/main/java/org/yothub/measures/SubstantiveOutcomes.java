package org.yothub.measures;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the tenant's substantive outcomes, with their offences, once for the three measures made
 * of them when every measure is recomputed: reoffending (the cohorts' totals), first-time entrants
 * (by ethnicity, also what disproportionality counts) and serious violence (KPI 9). Each part is
 * the measure's own definition over the relation {@link Reoffending#SUBSTANTIVE}:
 * {@link Reoffending#COHORT_MEMBERS}, {@link FirstTimeEntrants#BY_ETHNICITY_FROM_SUBSTANTIVE},
 * {@link Kpis#SERIOUS_VIOLENCE_FROM_SUBSTANTIVE}.
 */
@Singleton
class SubstantiveOutcomes {
    private static final String COUNTS = "WITH " + Reoffending.SUBSTANTIVE + ", " + Reoffending.COHORT_MEMBERS
            + "SELECT 'reoffending', t.*, NULL FROM (" + Reoffending.TOTALS + ") t\n"
            + "UNION ALL SELECT 'first_time_entrants', f.period_id, f.n, 0, 0, f.ethnicity FROM ("
            + FirstTimeEntrants.BY_ETHNICITY_FROM_SUBSTANTIVE + ") f\n"
            + "UNION ALL SELECT 'serious_violence', v.*, 0, NULL FROM (" + Kpis.SERIOUS_VIOLENCE_FROM_SUBSTANTIVE + ") v";
    private final MeasureSql sql;

    SubstantiveOutcomes(MeasureSql sql) {
        this.sql = sql;
    }

    /**
     * The counts of each period: reoffending (period id → {cohort, reoffenders, reoffences}),
     * first-time entrants (period id → ethnicity → count), serious violence (period id →
     * {offences, children}).
     */
    record Counts(Map<String, long[]> reoffending, Map<String, Map<String, Long>> firstTimeEntrantsByEthnicity,
                  Map<String, long[]> seriousViolence) { }

    /** The counts of each of {@code periods}, in one pass over the tenant's substantive outcomes. */
    Counts count(List<Period> periods, LocalDate asOf) {
        Map<String, long[]> reoffending = new HashMap<>();
        Map<String, Map<String, Long>> firstTimeEntrants = new HashMap<>();
        Map<String, long[]> violence = new HashMap<>();
        sql.list(periods, COUNTS, rs -> switch (rs.getString(1)) {
            case "reoffending" -> reoffending.put(rs.getString(2), new long[] {rs.getLong(3), rs.getLong(4), rs.getLong(5)});
            case "first_time_entrants" -> firstTimeEntrants.computeIfAbsent(rs.getString(2), k -> new HashMap<>())
                    .put(rs.getString(6), rs.getLong(3));
            default -> violence.put(rs.getString(2), new long[] {rs.getLong(3), rs.getLong(4)});
        }, asOf, asOf, asOf, asOf);
        return new Counts(reoffending, firstTimeEntrants, violence);
    }
}
