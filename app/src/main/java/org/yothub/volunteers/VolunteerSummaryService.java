package org.yothub.volunteers;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.yothub.platform.tenancy.CurrentTenant;
import org.yothub.platform.tenancy.TenantTransactional;
import org.yothub.volunteers.VolunteerSummary.RoleLine;
import org.yothub.volunteers.VolunteerSummary.Share;
import org.yothub.volunteers.hours.HoursService;
import org.yothub.volunteers.hours.HoursViews.HoursTotals;
import org.yothub.volunteers.hours.HoursViews.RoleTotal;

/**
 * The volunteer figures of the current YOT for a calendar year, for the plans feature and the
 * summary page. A volunteer counts as active in the year when they had joined by its end and had
 * not left before its start (applicants do not count). Black and minority ethnic means any
 * recorded ethnic group other than White; unrecorded values are left out of the denominators.
 */
@Singleton
public class VolunteerSummaryService {
    private static final String ACTIVE_IN_YEAR = "v.status <> 'applicant' AND v.joined_on <= ? "
            + "AND (v.left_on IS NULL OR v.left_on >= ?)";
    private final TransactionOperations<Connection> tx;
    private final CurrentTenant tenant;
    private final HoursService hours;

    VolunteerSummaryService(TransactionOperations<Connection> tx, CurrentTenant tenant, HoursService hours) {
        this.tx = tx;
        this.tenant = tenant;
        this.hours = hours;
    }

    @TenantTransactional(readOnly = true)
    public VolunteerSummary summary(int year) {
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = LocalDate.of(year, 12, 31);
        Connection c = tx.getConnection();
        int[] n = SqlRows.one(c, "SELECT count(*), count(v.ethnic_group), "
                + "count(*) FILTER (WHERE v.ethnic_group <> 'White'), count(v.sex), "
                + "count(*) FILTER (WHERE v.sex = 'F'), count(*) FILTER (WHERE v.sex = 'M') "
                + "FROM volunteer v WHERE v.tenant_id = ? AND " + ACTIVE_IN_YEAR,
                rs -> new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6)},
                tenant.require(), end, start);
        HoursTotals totals = hours.totals(year);
        Map<String, BigDecimal> roleHours = totals.byRole().stream()
                .collect(Collectors.toMap(RoleTotal::roleCode, RoleTotal::hours));
        List<RoleLine> byRole = SqlRows.list(c, "SELECT r.code, r.label, (SELECT count(DISTINCT a.volunteer_id) "
                + "FROM volunteer_assignment a JOIN volunteer v ON v.tenant_id = a.tenant_id AND v.id = a.volunteer_id "
                + "WHERE a.tenant_id = r.tenant_id AND a.role_code = r.code AND a.assigned_on <= ? "
                + "AND (a.ended_on IS NULL OR a.ended_on > ?) AND " + ACTIVE_IN_YEAR + ") AS n "
                + "FROM volunteer_role r WHERE r.tenant_id = ? ORDER BY r.sort_order, r.label",
                rs -> new RoleLine(rs.getString("code"), rs.getString("label"), rs.getInt("n"),
                        roleHours.getOrDefault(rs.getString("code"), BigDecimal.ZERO)), end, start, end, start,
                tenant.require());
        return new VolunteerSummary(year, n[0], Share.of(n[2], n[1]), Share.of(n[4], n[3]), Share.of(n[5], n[3]),
                totals.total(), byRole);
    }
}
