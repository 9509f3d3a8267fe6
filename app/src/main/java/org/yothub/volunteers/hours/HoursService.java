package org.yothub.volunteers.hours;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.yothub.platform.tenancy.CurrentTenant;
import org.yothub.platform.tenancy.TenantTransactional;
import org.yothub.platform.web.NotFoundException;
import org.yothub.platform.web.ProblemException;
import org.yothub.volunteers.SqlRows;
import org.yothub.volunteers.hours.HoursViews.HoursEntryView;
import org.yothub.volunteers.hours.HoursViews.HoursTotals;
import org.yothub.volunteers.hours.HoursViews.MonthTotal;
import org.yothub.volunteers.hours.HoursViews.RoleTotal;
import org.yothub.volunteers.hours.HoursViews.VolunteerTotal;
import org.yothub.volunteers.role.VolunteerRoleService;
import org.yothub.volunteers.volunteer.VolunteerService;

/**
 * Logs volunteer hours and totals them for a calendar year (1 January to 31 December): by month,
 * by the role the volunteer acted in, and by volunteer.
 */
@Singleton
public class HoursService {
    private final HoursRepository entries;
    private final VolunteerService volunteers;
    private final VolunteerRoleService roles;
    private final TransactionOperations<Connection> tx;
    private final CurrentTenant tenant;

    HoursService(HoursRepository entries, VolunteerService volunteers, VolunteerRoleService roles,
                 TransactionOperations<Connection> tx, CurrentTenant tenant) {
        this.entries = entries;
        this.volunteers = volunteers;
        this.roles = roles;
        this.tx = tx;
        this.tenant = tenant;
    }

    @TenantTransactional
    HoursEntryView log(UUID volunteerId, HoursForm form) {
        volunteers.requireExists(volunteerId);
        if (form.workedOn().isAfter(LocalDate.now())) {
            throw ProblemException.field("worked_on", "not_in_future", "must be today or in the past");
        }
        roles.requireActive(form.roleCode(), "role_code");
        if (!"training".equals(form.activity()) && !volunteers.heldRoleOn(volunteerId, form.roleCode(), form.workedOn())) {
            throw ProblemException.field("role_code", "role_not_held", "the volunteer did not hold this role on that date");
        }
        HoursEntry e = new HoursEntry();
        e.setId(UUID.randomUUID());
        e.setVolunteerId(volunteerId);
        e.setWorkedOn(form.workedOn());
        e.setHours(form.hours());
        e.setActivity(form.activity());
        e.setRoleCode(form.roleCode());
        e.setNotes(form.notes() == null || form.notes().isBlank() ? null : form.notes().trim());
        return HoursEntryView.of(entries.save(e));
    }

    @TenantTransactional
    void delete(UUID volunteerId, UUID entryId) {
        volunteers.requireExists(volunteerId);
        entries.delete(entries.findByIdAndVolunteerId(entryId, volunteerId)
                .orElseThrow(() -> new NotFoundException("Hours entry")));
    }

    @TenantTransactional(readOnly = true)
    List<HoursEntryView> entries(UUID volunteerId, int year) {
        volunteers.requireExists(volunteerId);
        return entries.findByVolunteerIdAndWorkedOnBetweenOrderByWorkedOnDesc(volunteerId, LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31)).stream().map(HoursEntryView::of).toList();
    }

    @TenantTransactional(readOnly = true)
    public HoursTotals totals(int year) {
        Object[] range = {tenant.require(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
        Connection c = tx.getConnection();
        Map<Integer, BigDecimal> months = SqlRows.list(c, "SELECT extract(month FROM worked_on)::int AS m, sum(hours) AS h "
                        + "FROM volunteer_hours WHERE tenant_id = ? AND worked_on BETWEEN ? AND ? GROUP BY 1",
                rs -> Map.entry(rs.getInt("m"), SqlRows.decimal(rs, "h")), range).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        List<MonthTotal> byMonth = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            byMonth.add(new MonthTotal(m, Month.of(m).getDisplayName(TextStyle.FULL, Locale.UK),
                    months.getOrDefault(m, BigDecimal.ZERO)));
        }
        List<RoleTotal> byRole = SqlRows.list(c, "SELECT h.role_code, r.label, count(DISTINCT h.volunteer_id) AS n, "
                + "sum(h.hours) AS h FROM volunteer_hours h JOIN volunteer_role r ON r.tenant_id = h.tenant_id "
                + "AND r.code = h.role_code WHERE h.tenant_id = ? AND h.worked_on BETWEEN ? AND ? "
                + "GROUP BY h.role_code, r.label, r.sort_order ORDER BY r.sort_order", rs -> new RoleTotal(
                rs.getString("role_code"), rs.getString("label"), rs.getInt("n"), SqlRows.decimal(rs, "h")), range);
        List<VolunteerTotal> byVolunteer = SqlRows.list(c, "SELECT v.id, v.volunteer_ref, v.given_name || ' ' || "
                + "v.family_name AS name, sum(h.hours) AS h FROM volunteer_hours h JOIN volunteer v ON v.tenant_id = h.tenant_id "
                + "AND v.id = h.volunteer_id WHERE h.tenant_id = ? AND h.worked_on BETWEEN ? AND ? "
                + "GROUP BY v.id, v.volunteer_ref, v.given_name, v.family_name ORDER BY sum(h.hours) DESC, name",
                rs -> new VolunteerTotal(rs.getObject("id", UUID.class), rs.getString("volunteer_ref"), rs.getString("name"),
                        SqlRows.decimal(rs, "h")), range);
        BigDecimal total = byMonth.stream().map(MonthTotal::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new HoursTotals(year, total, byMonth, byRole, byVolunteer);
    }
}
