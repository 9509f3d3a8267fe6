package org.yothub.casework;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.UUID;
import org.yothub.testing.Database;

/** Orders (interventions) written straight to the database, for features that read them. */
public final class OrderFixtures {
    private OrderFixtures() {
    }

    public static UUID order(String tenant, Object childId, String outcomeCode, LocalDate start, LocalDate end) throws Exception {
        UUID id = UUID.randomUUID();
        try (Connection c = Database.owner()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT set_config('app.tenant_id', ?, false)")) {
                ps.setString(1, tenant);
                ps.execute();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO intervention (tenant_id, id, child_id, "
                    + "intervention_ref, outcome_code, start_date, end_date) VALUES (?,?,?,?,?,?,?)")) {
                ps.setString(1, tenant);
                ps.setObject(2, id);
                ps.setObject(3, UUID.fromString(childId.toString()));
                ps.setString(4, CaseworkFixtures.unique("ORD"));
                ps.setString(5, outcomeCode);
                ps.setObject(6, start);
                ps.setObject(7, end);
                ps.executeUpdate();
            }
        }
        return id;
    }
}
