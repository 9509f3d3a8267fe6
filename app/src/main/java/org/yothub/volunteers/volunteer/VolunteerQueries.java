package org.yothub.volunteers.volunteer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.yothub.platform.tenancy.CurrentTenant;
import org.yothub.platform.tenancy.TenantSettingsService;
import org.yothub.platform.tenancy.TenantTransactional;
import org.yothub.volunteers.SqlRows;

/** Register-wide reads: the filtered register, expiring checks, the next reference. */
@Singleton
public class VolunteerQueries {
    private static final String LATEST_DBS = "(SELECT max(d.issued_on) FROM dbs_check d WHERE d.tenant_id = v.tenant_id "
            + "AND d.volunteer_id = v.id)";
    private final TransactionOperations<Connection> tx;
    private final CurrentTenant tenant;
    private final TenantSettingsService settings;

    VolunteerQueries(TransactionOperations<Connection> tx, CurrentTenant tenant, TenantSettingsService settings) {
        this.tx = tx;
        this.tenant = tenant;
        this.settings = settings;
    }

    /** An active volunteer whose DBS check runs out (or has run out) soon. */
    @Serdeable
    public record ExpiringCheck(UUID volunteerId, String volunteerRef, String name, LocalDate expiresOn, boolean expired) { }

    /** The register, optionally filtered by status, current role and a name or reference fragment. */
    @TenantTransactional(readOnly = true)
    public List<VolunteerRow> register(@Nullable String status, @Nullable String roleCode, @Nullable String text) {
        int years = settings.current().dbsRenewalYears();
        String sql = "SELECT v.id, v.volunteer_ref, v.given_name || ' ' || v.family_name AS name, v.status, "
                + "v.available_weekdays, v.available_evenings, v.available_weekends, "
                + "(" + LATEST_DBS + " + make_interval(years => ?))::date AS dbs_expires_on, "
                + "ARRAY(SELECT a.role_code FROM volunteer_assignment a JOIN volunteer_role r ON r.tenant_id = a.tenant_id "
                + "  AND r.code = a.role_code WHERE a.tenant_id = v.tenant_id AND a.volunteer_id = v.id "
                + "  AND (a.ended_on IS NULL OR a.ended_on > current_date) ORDER BY r.sort_order) AS role_codes, "
                + "ARRAY(SELECT r.label FROM volunteer_assignment a JOIN volunteer_role r ON r.tenant_id = a.tenant_id "
                + "  AND r.code = a.role_code WHERE a.tenant_id = v.tenant_id AND a.volunteer_id = v.id "
                + "  AND (a.ended_on IS NULL OR a.ended_on > current_date) ORDER BY r.sort_order) AS role_labels "
                + "FROM volunteer v WHERE v.tenant_id = ? AND (?::text IS NULL OR v.status = ?) "
                + "AND (?::text IS NULL OR lower(v.given_name || ' ' || v.family_name || ' ' || v.volunteer_ref) LIKE ?) "
                + "ORDER BY v.family_name, v.given_name, v.volunteer_ref";
        String like = text == null || text.isBlank() ? null : "%" + text.trim().toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        List<VolunteerRow> rows = SqlRows.list(tx.getConnection(), sql, VolunteerQueries::row, years, tenant.require(),
                status, status, like, like);
        return roleCode == null || roleCode.isBlank() ? rows
                : rows.stream().filter(r -> r.roleCodes().contains(roleCode)).toList();
    }

    /** Active volunteers whose latest DBS check expired or expires within {@code days} days. */
    @TenantTransactional(readOnly = true)
    public List<ExpiringCheck> expiringChecks(int days) {
        int years = settings.current().dbsRenewalYears();
        String sql = "SELECT id, volunteer_ref, name, expires_on FROM (SELECT v.id, v.volunteer_ref, "
                + "v.given_name || ' ' || v.family_name AS name, (" + LATEST_DBS + " + make_interval(years => ?))::date AS expires_on "
                + "FROM volunteer v WHERE v.tenant_id = ? AND v.status = 'active') x "
                + "WHERE expires_on IS NOT NULL AND expires_on <= current_date + ? ORDER BY expires_on, name";
        LocalDate today = LocalDate.now();
        return SqlRows.list(tx.getConnection(), sql, rs -> {
            LocalDate expires = SqlRows.date(rs, "expires_on");
            return new ExpiringCheck(rs.getObject("id", UUID.class), rs.getString("volunteer_ref"), rs.getString("name"),
                    expires, !expires.isAfter(today));
        }, years, tenant.require(), days);
    }

    /** The next free reference V-0001, V-0002, ... (unique per tenant; a race ends in a 409). */
    @TenantTransactional(readOnly = true)
    public String nextRef() {
        Integer last = SqlRows.one(tx.getConnection(), "SELECT coalesce(max(substring(volunteer_ref from '^V-([0-9]+)$')::int), 0) "
                + "FROM volunteer WHERE tenant_id = ?", rs -> rs.getInt(1), tenant.require());
        return String.format("V-%04d", (last == null ? 0 : last) + 1);
    }

    /** Whether the child is a record of the current YOT (children live in casework). */
    @TenantTransactional(readOnly = true)
    public boolean childExists(UUID childId) {
        return SqlRows.one(tx.getConnection(), "SELECT 1 FROM child WHERE tenant_id = ? AND id = ?", rs -> 1,
                tenant.require(), childId) != null;
    }

    private static VolunteerRow row(ResultSet rs) throws SQLException {
        return new VolunteerRow(rs.getObject("id", UUID.class), rs.getString("volunteer_ref"), rs.getString("name"),
                rs.getString("status"), strings(rs.getArray("role_codes")), strings(rs.getArray("role_labels")),
                SqlRows.date(rs, "dbs_expires_on"), rs.getBoolean("available_weekdays"), rs.getBoolean("available_evenings"),
                rs.getBoolean("available_weekends"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : new ArrayList<>(Arrays.asList((String[]) array.getArray()));
    }
}
