package org.yothub.measures;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the interventions whose end date falls in a period (on or before as-of), the denominator
 * of §4a, and those of them meeting each end-of-intervention condition, in one pass for all periods.
 * A condition not recorded ({@code null}) is not met.
 */
@Singleton
class EndedInterventions {
    /** End reasons that count as a completed out-of-court disposal intervention (KPI 6). */
    static final List<String> COMPLETED = List.of("completed", "complete", "successful", "successfully completed");
    private final MeasureSql sql;

    EndedInterventions(MeasureSql sql) {
        this.sql = sql;
    }

    /** The counts of one period; every field counts ended interventions. */
    record Counts(long ended, long eteSuitable, long eteUnknown, long accommodationSuitable, long accommodationUnknown,
                  long sendIdentified, long sendWithFormalPlan, long mhNeed, long mhPlanned, long mhAttending,
                  long smNeed, long smPlanned, long smAttending, long outOfCourt, long outOfCourtCompleted,
                  long earlyHelp, long childInNeed, long childProtectionPlan, long lookedAfter) {
        static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /**
     * Suitable ETE: education, training or employment for at least 25 hours a week when the child
     * was under 16 on the end date (end date before the 16th birthday), otherwise at least 16 hours.
     * ETE unknown: no status recorded, or recorded as unknown. Planned and attending count only
     * where the need was identified (and, for attending, the intervention planned).
     */
    private static final String COUNTS = """
            SELECT p.id, count(*),
              count(*) FILTER (WHERE i.ete_status_at_end IN ('education','training','employment')
                AND i.ete_hours_at_end >= CASE WHEN i.end_date < c.date_of_birth + interval '16 years' THEN 25 ELSE 16 END),
              count(*) FILTER (WHERE i.ete_status_at_end IS NULL OR i.ete_status_at_end = 'unknown'),
              count(*) FILTER (WHERE i.accommodation_suitable_at_end),
              count(*) FILTER (WHERE i.accommodation_suitable_at_end IS NULL),
              count(*) FILTER (WHERE i.send_identified),
              count(*) FILTER (WHERE i.send_identified AND i.send_formal_plan),
              count(*) FILTER (WHERE i.mh_need),
              count(*) FILTER (WHERE i.mh_need AND i.mh_intervention_planned),
              count(*) FILTER (WHERE i.mh_need AND i.mh_intervention_planned AND i.mh_attending),
              count(*) FILTER (WHERE i.sm_need),
              count(*) FILTER (WHERE i.sm_need AND i.sm_treatment_planned),
              count(*) FILTER (WHERE i.sm_need AND i.sm_treatment_planned AND i.sm_attending),
              count(*) FILTER (WHERE oc.tier = 'out_of_court'),
              count(*) FILTER (WHERE oc.tier = 'out_of_court' AND lower(btrim(i.end_reason)) = ANY (?::text[])),
              count(*) FILTER (WHERE i.early_help_at_end),
              count(*) FILTER (WHERE i.child_in_need_at_end),
              count(*) FILTER (WHERE i.child_protection_plan_at_end),
              count(*) FILTER (WHERE i.looked_after_at_end)
            FROM intervention i
            JOIN child c ON c.tenant_id = i.tenant_id AND c.id = i.child_id
            JOIN outcome_code oc ON oc.code = i.outcome_code
            JOIN :period_quarters p ON p.quarter = date_trunc('quarter', i.end_date)::date
            WHERE i.tenant_id = :tenant AND i.end_date <= ? AND i.end_date BETWEEN :from AND :to
            GROUP BY p.id
            """;

    /** The counts of each period (up to as-of), by period id; every period has an entry. */
    Map<String, Counts> count(List<Period> periods, LocalDate asOf) {
        Map<String, Counts> found = new LinkedHashMap<>();
        sql.list(periods, COUNTS, rs -> {
            long[] n = new long[19];
            for (int i = 0; i < n.length; i++) {
                n[i] = rs.getLong(i + 2);
            }
            return found.put(rs.getString(1), new Counts(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8], n[9],
                    n[10], n[11], n[12], n[13], n[14], n[15], n[16], n[17], n[18]));
        }, COMPLETED.toArray(String[]::new), asOf);
        Map<String, Counts> out = new LinkedHashMap<>();
        periods.forEach(p -> out.put(p.id(), found.getOrDefault(p.id(), Counts.NONE)));
        return out;
    }
}
