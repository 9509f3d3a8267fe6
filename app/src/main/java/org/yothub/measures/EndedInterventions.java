package org.yothub.measures;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;

/** Loads the interventions whose end date falls in a period (on or before as-of): the denominator of §4a. */
@Singleton
class EndedInterventions {
    private final MeasureSql sql;

    EndedInterventions(MeasureSql sql) {
        this.sql = sql;
    }

    /** One ended intervention with the facts recorded at its end ({@code null} = not recorded). */
    record Row(String outcomeCode, String tier, LocalDate endDate, String endReason, LocalDate dateOfBirth,
               String eteStatus, Double eteHours, Boolean accommodationSuitable, Boolean sendIdentified,
               Boolean sendFormalPlan, Boolean mhNeed, Boolean mhPlanned, Boolean mhAttending, Boolean smNeed,
               Boolean smPlanned, Boolean smAttending, Boolean earlyHelp, Boolean childInNeed,
               Boolean childProtectionPlan, Boolean lookedAfter) {

        /** Age in whole years on the end date. */
        int ageAtEnd() {
            return java.time.Period.between(dateOfBirth, endDate).getYears();
        }

        /**
         * Suitable ETE: education, training or employment for at least 25 hours a week when the
         * child was under 16 on the end date, otherwise at least 16 hours.
         */
        boolean eteSuitable() {
            boolean ete = "education".equals(eteStatus) || "training".equals(eteStatus) || "employment".equals(eteStatus);
            return ete && eteHours != null && eteHours >= (ageAtEnd() < 16 ? 25 : 16);
        }
    }

    /** The interventions ended in each period (up to as-of), by period id; every period has an entry. */
    Map<String, List<Row>> load(List<Period> periods, LocalDate asOf) {
        Map<String, List<Row>> out = new LinkedHashMap<>();
        periods.forEach(p -> out.put(p.id(), new ArrayList<>()));
        sql.list(periods, """
                SELECT i.outcome_code, oc.tier, i.end_date, i.end_reason, c.date_of_birth, i.ete_status_at_end,
                  i.ete_hours_at_end, i.accommodation_suitable_at_end, i.send_identified, i.send_formal_plan,
                  i.mh_need, i.mh_intervention_planned, i.mh_attending, i.sm_need, i.sm_treatment_planned, i.sm_attending,
                  i.early_help_at_end, i.child_in_need_at_end, i.child_protection_plan_at_end, i.looked_after_at_end, p.id
                FROM intervention i
                JOIN child c ON c.tenant_id = i.tenant_id AND c.id = i.child_id
                JOIN outcome_code oc ON oc.code = i.outcome_code
                JOIN :periods p ON i.end_date BETWEEN p.start_date AND p.end_date
                WHERE i.tenant_id = :tenant AND i.end_date <= ?
                """, rs -> out.get(rs.getString(21)).add(row(rs)), asOf);
        return out;
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getString(4),
                rs.getDate(5).toLocalDate(), rs.getString(6), rs.getObject(7) == null ? null : rs.getDouble(7),
                bool(rs, 8), bool(rs, 9), bool(rs, 10), bool(rs, 11), bool(rs, 12), bool(rs, 13), bool(rs, 14),
                bool(rs, 15), bool(rs, 16), bool(rs, 17), bool(rs, 18), bool(rs, 19), bool(rs, 20));
    }

    private static Boolean bool(ResultSet rs, int column) throws SQLException {
        Object v = rs.getObject(column);
        return v == null ? null : (Boolean) v;
    }
}
