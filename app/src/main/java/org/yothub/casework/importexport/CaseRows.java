package org.yothub.casework.importexport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Case-level rows as read from the CSV files or made by the demo generator: exactly what the bulk
 * writer stores. {@code row} is the CSV row number (the header is row 1), 0 for generated rows.
 */
public final class CaseRows {
    private CaseRows() {
    }

    public record ChildRow(int row, String childRef, LocalDate dateOfBirth, String sex, String ethnicity,
                           Boolean lookedAfter, String givenName, String familyName, String ethnicityDetail,
                           String postcodeDistrict, LocalDate openedOn) { }

    public record OutcomeRow(int row, String childRef, String offenceRef, LocalDate offenceDate, String offenceCategory,
                             int gravityScore, boolean seriousViolence, LocalDate outcomeDate, String outcomeCode,
                             LocalDate releaseDate) {
        public boolean hasOutcome() {
            return outcomeCode != null;
        }
    }

    public record InterventionRow(int row, String childRef, String interventionRef, String outcomeCode,
                                  LocalDate startDate, LocalDate endDate, String endReason, String eteStatusAtEnd,
                                  BigDecimal eteHoursAtEnd, Boolean accommodationSuitableAtEnd, Boolean sendIdentified,
                                  Boolean sendFormalPlan, Boolean mhNeed, Boolean mhInterventionPlanned,
                                  Boolean mhAttending, Boolean smNeed, Boolean smTreatmentPlanned, Boolean smAttending) { }

    public record RemandRow(int row, String childRef, String remandRef, LocalDate startDate, LocalDate endDate,
                            String placement) { }

    public record VictimRow(int row, String victimRef, String offenceRef, Boolean consentedToContact, Boolean offeredRj,
                            Boolean engagedRj, String rjType, Boolean satisfied) { }

    /**
     * One batch of case-level data. {@code childColumns} names the optional child columns present:
     * only those overwrite stored values (a file without {@code given_name} keeps the names).
     */
    public record Batch(List<ChildRow> children, List<OutcomeRow> outcomes, List<InterventionRow> interventions,
                        List<RemandRow> remands, List<VictimRow> victims, Set<String> childColumns) {
        public static Batch of(List<ChildRow> children, List<OutcomeRow> outcomes, List<InterventionRow> interventions,
                               List<RemandRow> remands, List<VictimRow> victims) {
            return new Batch(children, outcomes, interventions, remands, victims, Set.copyOf(CaseLevelFormat.CHILD_OPTIONAL));
        }
    }
}
