package org.yothub.platform.audit;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.yothub.platform.tenancy.CurrentTenant;
import org.yothub.platform.tenancy.TenantTransactional;

/** Reads the current tenant's audit log, newest first. */
@Singleton
class AuditQueries {
    private final TransactionOperations<Connection> tx;
    private final CurrentTenant currentTenant;

    AuditQueries(TransactionOperations<Connection> tx, CurrentTenant currentTenant) {
        this.tx = tx;
        this.currentTenant = currentTenant;
    }

    @Serdeable
    record Row(long seq, Instant occurredAt, String userId, String role, String action, String entityType,
               String entityId, String outcome, String requestId) { }

    @TenantTransactional(readOnly = true)
    List<Row> latest(int limit) {
        String sql = "SELECT seq, occurred_at, user_id, role, action, entity_type, entity_id, outcome, request_id "
                + "FROM audit_event WHERE tenant_id = ? ORDER BY seq DESC LIMIT ?";
        try (PreparedStatement ps = tx.getConnection().prepareStatement(sql)) {
            ps.setString(1, currentTenant.require());
            ps.setInt(2, limit);
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the audit log", e);
        }
    }
}
