package org.yothub.platform.audit;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.utils.SecurityService;
import jakarta.inject.Singleton;
import java.net.InetSocketAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.yothub.platform.tenancy.CurrentTenant;
import org.yothub.platform.tenancy.TenantTransactions;
import org.yothub.platform.web.RequestIds;

/**
 * Appends to the tamper-evident audit log: each tenant's rows form a SHA-256 hash chain
 * (hash = SHA-256(previous hash + canonical row)). Appends run in their own transaction under a
 * per-tenant advisory lock, so the chain stays linear and a failed action is still recorded.
 * Who, when, from where and the request id are taken from the current request; callers say only
 * what was done to which entity.
 */
@Singleton
public class AuditLog {
    /** Chain of events by users who belong to no tenant (not a valid tenant code). */
    public static final String PLATFORM = "_platform";
    private final TenantTransactions transactions;
    private final SecurityService securityService;

    AuditLog(TenantTransactions transactions, SecurityService securityService) {
        this.transactions = transactions;
        this.securityService = securityService;
    }

    /** Records an action of the signed-in user on an entity. */
    public void record(AuditAction action, String entityType, Object entityId, String outcome) {
        Optional<Authentication> auth = securityService.getAuthentication();
        String tenant = auth.flatMap(CurrentTenant::fromAuthentication).orElse(PLATFORM);
        String user = auth.map(Authentication::getName).orElse(null);
        String role = auth.map(a -> String.join(",", a.getRoles())).orElse(null);
        append(tenant, user, role, action, entityType, entityId == null ? null : entityId.toString(), outcome);
    }

    /** Records an action for an explicit tenant and user (sign-in, before any token exists). */
    public void recordFor(String tenant, String userId, String role, AuditAction action, String outcome) {
        append(tenant == null ? PLATFORM : tenant, userId, role, action, null, null, outcome);
    }

    private void append(String tenant, String user, String role, AuditAction action, String entityType,
                        String entityId, String outcome) {
        Optional<HttpRequest<Object>> request = ServerRequestContext.currentRequest();
        String requestId = request.flatMap(RequestIds::find).orElse(null);
        String client = request.map(HttpRequest::getRemoteAddress).map(InetSocketAddress::getAddress)
                .map(a -> a.getHostAddress()).orElse(null);
        transactions.inNewTransaction(tenant, () -> {
            insert(transactions.connection(), action == AuditAction.VIEW, tenant, user, role, action.code(), entityType,
                    entityId, outcome, requestId, client);
            return null;
        });
    }

    /**
     * Appends one event to the tenant's chain. A view is committed without waiting for its WAL
     * flush ({@code synchronous_commit = off}, this transaction only): it is written and visible
     * at once, and only a crash of the database server itself within a fraction of a second could
     * lose it; every change, export, import and sign-in waits for the flush (see
     * docs/adr/0003-audit-log.md).
     */
    private static void insert(Connection c, boolean view, String tenant, String user, String role, String action,
                               String entityType, String entityId, String outcome, String requestId, String client) {
        try {
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(hashtextextended(?, 0)), "
                    + "set_config('synchronous_commit', ?, true)")) {
                lock.setString(1, "audit:" + tenant);
                lock.setString(2, view ? "off" : "on");
                lock.execute();
            }
            long seq = 1;
            String prev = AuditEntry.GENESIS;
            try (PreparedStatement last = c.prepareStatement(
                    "SELECT seq, hash FROM audit_event WHERE tenant_id = ? ORDER BY seq DESC LIMIT 1")) {
                last.setString(1, tenant);
                try (ResultSet rs = last.executeQuery()) {
                    if (rs.next()) {
                        seq = rs.getLong(1) + 1;
                        prev = rs.getString(2);
                    }
                }
            }
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            AuditEntry e = new AuditEntry(tenant, seq, now, user, role, action, entityType, entityId, outcome,
                    requestId, client, prev, null);
            try (PreparedStatement ins = c.prepareStatement("INSERT INTO audit_event (tenant_id, seq, occurred_at, "
                    + "user_id, role, action, entity_type, entity_id, outcome, request_id, client_address, prev_hash, hash) "
                    + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                ins.setString(1, tenant);
                ins.setLong(2, seq);
                ins.setTimestamp(3, Timestamp.from(now));
                ins.setString(4, user);
                ins.setString(5, role);
                ins.setString(6, action);
                ins.setString(7, entityType);
                ins.setString(8, entityId);
                ins.setString(9, outcome);
                ins.setString(10, requestId);
                ins.setString(11, client);
                ins.setString(12, prev);
                ins.setString(13, e.expectedHash());
                ins.executeUpdate();
            }
        } catch (SQLException ex) {
            throw new IllegalStateException("Could not write the audit log", ex);
        }
    }
}
