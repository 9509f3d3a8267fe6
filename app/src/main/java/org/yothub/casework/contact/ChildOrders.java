package org.yothub.casework.contact;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.yothub.platform.tenancy.CurrentTenant;
import org.yothub.platform.tenancy.ReadOnce;

/** Reads a child's orders (interventions) for contact rules; call inside a tenant transaction. */
@Singleton
class ChildOrders {
    private final TransactionOperations<Connection> tx;
    private final CurrentTenant currentTenant;

    ChildOrders(TransactionOperations<Connection> tx, CurrentTenant currentTenant) {
        this.tx = tx;
        this.currentTenant = currentTenant;
    }

    /** An order or out-of-court programme of the child. */
    @Serdeable
    public record ChildOrder(UUID id, String ref, String outcomeCode, String tier, LocalDate startDate,
                             @Nullable LocalDate endDate) {
        boolean openOn(LocalDate date) {
            return !startDate.isAfter(date) && (endDate == null || !endDate.isBefore(date));
        }
    }

    /** The child's orders, latest start first (inside a {@link ReadOnce} unit, read once for it). */
    List<ChildOrder> of(UUID childId) {
        return ReadOnce.read("orders", childId, () -> read(childId));
    }

    private List<ChildOrder> read(UUID childId) {
        try (PreparedStatement ps = tx.getConnection().prepareStatement("SELECT i.id, i.intervention_ref, i.outcome_code, "
                + "o.tier, i.start_date, i.end_date FROM intervention i JOIN outcome_code o ON o.code = i.outcome_code "
                + "WHERE i.tenant_id = ? AND i.child_id = ? ORDER BY i.start_date DESC, i.intervention_ref")) {
            ps.setString(1, currentTenant.require());
            ps.setObject(2, childId);
            List<ChildOrder> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ChildOrder(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class)));
                }
            }
            return List.copyOf(out);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the child's orders", e);
        }
    }

    static Optional<ChildOrder> openOn(List<ChildOrder> orders, LocalDate date) {
        return orders.stream().filter(o -> o.openOn(date)).findFirst();
    }
}
