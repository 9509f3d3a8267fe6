package org.yothub.measures;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.yothub.platform.tenancy.TenantTransactional;
import org.yothub.platform.web.ProblemException;

/** The children behind a measure's value (own tenant only), by the same definitions as the counts. */
@Singleton
public class Drilldown {
    public static final List<String> MEASURES = List.of("first-time-entrants", "custody", "reoffending");
    private final MeasureSql sql;

    Drilldown(MeasureSql sql) {
        this.sql = sql;
    }

    public record Child(UUID id, String childRef, String name, LocalDate date, String detail) { }

    @TenantTransactional(readOnly = true)
    public List<Child> children(String measure, Period period, LocalDate asOf) {
        return switch (measure) {
            case "first-time-entrants" -> sql.list(List.of(period), "SELECT f.child_id, c.child_ref, c.given_name, c.family_name, "
                    + "f.outcome_date FROM (" + FirstTimeEntrants.IN_PERIODS + ") f JOIN child c ON c.tenant_id = :tenant AND c.id = f.child_id "
                    + "ORDER BY f.outcome_date", rs -> child(rs, "first substantive outcome"), asOf);
            case "custody" -> sql.list(List.of(period), "SELECT o.child_id, c.child_ref, c.given_name, c.family_name, o.outcome_date FROM ("
                    + Custody.OCCASIONS + ") o JOIN child c ON c.tenant_id = :tenant AND c.id = o.child_id WHERE o.custodial ORDER BY o.outcome_date",
                    rs -> child(rs, "custodial sentence"), asOf);
            case "reoffending" -> sql.list(List.of(period), """
                    SELECT child_id, child_ref, given_name, family_name, index_date, reoffences FROM (
                      SELECT m.child_id, m.index_date, m.reoffences, c.child_ref, c.given_name, c.family_name
                      FROM (""" + reoffendingMembers() + """
                      ) m JOIN child c ON c.tenant_id = :tenant AND c.id = m.child_id) x ORDER BY index_date
                    """, rs -> new Child(rs.getObject(1, UUID.class), rs.getString(2), name(rs.getString(3), rs.getString(4)),
                    rs.getDate(5).toLocalDate(), rs.getLong(6) + " reoffences"), asOf, asOf);
            default -> throw ProblemException.field("measure", "one_of", "measure must be one of " + MEASURES);
        };
    }

    private static String reoffendingMembers() {
        return Reoffending.membersSql();
    }

    private static Child child(java.sql.ResultSet rs, String detail) throws java.sql.SQLException {
        return new Child(rs.getObject(1, UUID.class), rs.getString(2), name(rs.getString(3), rs.getString(4)),
                rs.getDate(5).toLocalDate(), detail);
    }

    private static String name(String given, String family) {
        String n = ((given == null ? "" : given) + " " + (family == null ? "" : family)).trim();
        return n.isEmpty() ? "(name not recorded)" : n;
    }
}
