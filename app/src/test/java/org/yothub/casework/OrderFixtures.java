package org.yothub.casework;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.UUID;
import org.yothub.testing.Database;

/** Orders (interventions) and outcomes written straight to the database, on any date, for features that read them. */
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

    /** An offence a month before {@code on} with an outcome (a youth caution) on {@code on}. */
    public static void outcome(String tenant, Object childId, LocalDate on) throws Exception {
        try (Connection c = Database.ownerIn(tenant);
             PreparedStatement ps = c.prepareStatement("WITH f AS (INSERT INTO offence (tenant_id, id, child_id, offence_ref, "
                     + "offence_date, category, gravity_score) VALUES (?, gen_random_uuid(), ?, ?, ?, 'theft', 2) "
                     + "RETURNING id, child_id) INSERT INTO outcome (tenant_id, id, child_id, offence_id, outcome_date, "
                     + "outcome_code) SELECT ?, gen_random_uuid(), child_id, id, ?, 'YC' FROM f")) {
            ps.setString(1, tenant);
            ps.setObject(2, UUID.fromString(childId.toString()));
            ps.setString(3, CaseworkFixtures.unique("OF"));
            ps.setObject(4, on.minusMonths(1));
            ps.setString(5, tenant);
            ps.setObject(6, on);
            ps.executeUpdate();
            c.commit();
        }
    }

    /**
     * Removes the child's outcomes. An outcome dated in the future can be stored here but through no
     * form or import; a test that needs one takes it away again, so that the tenant's records stay
     * ones the case-level export can hand back to the import.
     */
    public static void removeOutcomes(String tenant, Object childId) throws Exception {
        try (Connection c = Database.ownerIn(tenant);
             PreparedStatement ps = c.prepareStatement("DELETE FROM outcome WHERE tenant_id = ? AND child_id = ?")) {
            ps.setString(1, tenant);
            ps.setObject(2, UUID.fromString(childId.toString()));
            ps.executeUpdate();
            c.commit();
        }
    }
}
