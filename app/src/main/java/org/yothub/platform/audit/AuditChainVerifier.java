package org.yothub.platform.audit;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.yothub.platform.tenancy.TenantTransactions;

/**
 * Re-computes a tenant's hash chain from the first row. A changed row breaks its own hash; a
 * deleted row leaves a gap in the sequence or a broken link to the previous hash.
 */
@Singleton
public class AuditChainVerifier {
    private final TenantTransactions transactions;

    AuditChainVerifier(TenantTransactions transactions) {
        this.transactions = transactions;
    }

    @Serdeable
    public record Result(String tenant, boolean intact, long rowsChecked, Long firstBrokenSeq, String problem) { }

    public Result verify(String tenant) {
        return transactions.inNewTransaction(tenant, () -> scan(transactions.connection(), tenant));
    }

    private static Result scan(Connection c, String tenant) {
        String sql = "SELECT seq, occurred_at, user_id, role, action, entity_type, entity_id, outcome, request_id, "
                + "client_address, prev_hash, hash FROM audit_event WHERE tenant_id = ? ORDER BY seq";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, tenant);
            ps.setFetchSize(5_000);
            long expectedSeq = 1;
            String prev = AuditEntry.GENESIS;
            long checked = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    AuditEntry e = new AuditEntry(tenant, rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12));
                    if (e.seq() != expectedSeq) {
                        return new Result(tenant, false, checked, expectedSeq, "row " + expectedSeq + " is missing");
                    }
                    if (!e.prevHash().equals(prev)) {
                        return new Result(tenant, false, checked, e.seq(), "row " + e.seq() + " does not link to the row before it");
                    }
                    if (!e.expectedHash().equals(e.hash())) {
                        return new Result(tenant, false, checked, e.seq(), "row " + e.seq() + " was altered");
                    }
                    prev = e.hash();
                    expectedSeq++;
                    checked++;
                }
            }
            return new Result(tenant, true, checked, null, null);
        } catch (SQLException ex) {
            throw new IllegalStateException("Could not read the audit log", ex);
        }
    }
}
