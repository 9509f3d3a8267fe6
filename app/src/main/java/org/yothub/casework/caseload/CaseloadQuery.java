package org.yothub.casework.caseload;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.yothub.platform.tenancy.CurrentTenant;
import org.yothub.platform.tenancy.TenantSettings;

/**
 * Reads the facts of every open case of the tenant (or of one case manager) as of a date in a
 * single query: the order open on the date, the countersigned level, the first countersigned
 * assessment and signed-off plan since the order start, the plan's first sign-off and last review,
 * the first significant change after them ({@code significant_change_after}), attended contacts
 * this month, overdue follow-ups, contacts of earlier days whose outcome is not recorded, and
 * unacceptable absences whose warning or breach decision is not recorded (numbered per order in
 * date order as {@code ContactRules.absenceNumbers} does, against the tenant's thresholds). Dates of timestamps are taken in UK time.
 * Call inside a tenant transaction; the tenant predicate is explicit as well as enforced by RLS.
 */
@Singleton
class CaseloadQuery {
    private static final String UK = "AT TIME ZONE 'Europe/London')::date";
    private static final String SQL = "WITH p AS (SELECT ?::date AS as_of, date_trunc('month', ?::date)::timestamp AS month_start, "
            + "?::int AS warning_at, ?::int AS breach_at) "
            + "SELECT c.id, c.child_ref, c.given_name, c.family_name, c.case_manager_id, s.display_name, c.version, "
            + "o.intervention_ref, o.outcome_code, o.tier, o.start_date, lvl.level, "
            + "(SELECT min((a.countersigned_at " + UK + ") FROM assessment a WHERE a.tenant_id = c.tenant_id "
            + "  AND a.child_id = c.id AND a.status = 'countersigned' "
            + "  AND (a.countersigned_at " + UK + " BETWEEN o.start_date AND p.as_of) AS assessed_on, "
            + "(SELECT min((ip.signed_off_at " + UK + ") FROM intervention_plan ip WHERE ip.tenant_id = c.tenant_id "
            + "  AND ip.child_id = c.id AND ip.status = 'signed_off' "
            + "  AND (ip.signed_off_at " + UK + " BETWEEN o.start_date AND p.as_of) AS planned_on, "
            + "pr.plan_first_signed, pr.last_review, "
            + "(SELECT count(*) FROM contact k WHERE k.tenant_id = c.tenant_id AND k.child_id = c.id "
            + "  AND k.outcome = 'attended' AND k.contact_at >= p.month_start AND k.contact_at < p.as_of + 1) AS attended, "
            + "(SELECT count(*) FROM contact k WHERE k.tenant_id = c.tenant_id AND k.child_id = c.id "
            + "  AND k.follow_up_due < p.as_of AND k.followed_up_on IS NULL) AS follow_ups_overdue, "
            + "significant_change_after(c.id, greatest(pr.plan_first_signed, pr.last_review), p.as_of) AS changed_on, "
            + "(SELECT count(*) FROM contact k WHERE k.tenant_id = c.tenant_id AND k.child_id = c.id "
            + "  AND k.outcome IS NULL AND k.contact_at < p.as_of) AS outcomes_to_record, "
            + "(SELECT count(*) FROM (SELECT k.enforcement_action AS action, "
            + "  row_number() OVER (PARTITION BY k.intervention_id ORDER BY k.contact_at) AS n FROM contact k "
            + "  WHERE k.tenant_id = c.tenant_id AND k.child_id = c.id AND k.outcome = 'unacceptable_absence' "
            + "  AND k.contact_at < p.as_of + 1) a "
            + "  WHERE (a.n >= p.breach_at AND (a.action IS NULL OR a.action = 'warning_issued')) "
            + "  OR (a.n >= p.warning_at AND a.n < p.breach_at AND a.action IS NULL)) AS enforcement_due "
            + "FROM child c CROSS JOIN p "
            + "LEFT JOIN staff_user s ON s.tenant_id = c.tenant_id AND s.id = c.case_manager_id "
            + "CROSS JOIN LATERAL (SELECT "
            + "  (SELECT max(f.first_signed) FROM (SELECT min((ip.signed_off_at " + UK + ") AS first_signed "
            + "    FROM intervention_plan ip WHERE ip.tenant_id = c.tenant_id AND ip.child_id = c.id "
            + "    AND ip.status = 'signed_off' GROUP BY ip.plan_id) f WHERE f.first_signed <= p.as_of) AS plan_first_signed, "
            + "  (SELECT max(r.review_date) FROM plan_review r WHERE r.tenant_id = c.tenant_id AND r.child_id = c.id "
            + "    AND r.review_date <= p.as_of) AS last_review) pr "
            + "LEFT JOIN LATERAL (SELECT i.intervention_ref, i.outcome_code, oc.tier, i.start_date FROM intervention i "
            + "  JOIN outcome_code oc ON oc.code = i.outcome_code WHERE i.tenant_id = c.tenant_id AND i.child_id = c.id "
            + "  AND i.start_date <= p.as_of AND (i.end_date IS NULL OR i.end_date >= p.as_of) "
            + "  ORDER BY i.start_date DESC, i.intervention_ref LIMIT 1) o ON true "
            + "LEFT JOIN LATERAL (SELECT coalesce(a.override_level, a.computed_level) AS level FROM assessment a "
            + "  WHERE a.tenant_id = c.tenant_id AND a.child_id = c.id AND a.status = 'countersigned' "
            + "  AND (a.countersigned_at " + UK + " <= p.as_of ORDER BY a.countersigned_at DESC LIMIT 1) lvl ON true "
            + "WHERE c.tenant_id = ? AND c.status = 'open' ";
    private final TransactionOperations<Connection> tx;
    private final CurrentTenant currentTenant;

    CaseloadQuery(TransactionOperations<Connection> tx, CurrentTenant currentTenant) {
        this.tx = tx;
        this.currentTenant = currentTenant;
    }

    /** Open cases as of a date: all of the tenant's when {@code caseManager} is null, else that manager's. */
    List<CaseFacts> openCases(LocalDate asOf, UUID caseManager, TenantSettings.Timescales t) {
        String sql = SQL + (caseManager == null ? "" : "AND c.case_manager_id = ? ")
                + "ORDER BY c.family_name, c.given_name, c.child_ref";
        try (PreparedStatement ps = tx.getConnection().prepareStatement(sql)) {
            ps.setObject(1, asOf);
            ps.setObject(2, asOf);
            ps.setInt(3, t.absencesBeforeWarning());
            ps.setInt(4, t.absencesBeforeBreach());
            ps.setString(5, currentTenant.require());
            if (caseManager != null) {
                ps.setObject(6, caseManager);
            }
            List<CaseFacts> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new CaseFacts(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getObject(5, UUID.class), rs.getString(6), rs.getLong(7), rs.getString(8), rs.getString(9),
                            rs.getString(10), rs.getObject(11, LocalDate.class), rs.getString(12),
                            rs.getObject(13, LocalDate.class), rs.getObject(14, LocalDate.class),
                            rs.getObject(15, LocalDate.class), rs.getObject(16, LocalDate.class), rs.getInt(17), rs.getInt(18),
                            rs.getObject(19, LocalDate.class), rs.getInt(20), rs.getInt(21)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the caseload", e);
        }
    }
}
