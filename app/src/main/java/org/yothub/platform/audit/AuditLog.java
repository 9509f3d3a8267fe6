package org.yothub.platform.audit;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.utils.SecurityService;
import jakarta.inject.Singleton;
import java.net.InetSocketAddress;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Optional;
import org.yothub.platform.tenancy.CurrentTenant;
import org.yothub.platform.tenancy.TenantTransactions;
import org.yothub.platform.web.RequestIds;

/**
 * Appends to the tamper-evident audit log: each tenant's rows form a SHA-256 hash chain
 * (hash = SHA-256(previous hash + canonical row)). Appends run in their own transaction under a
 * per-tenant advisory lock, so the chain stays linear and a failed action is still recorded; a
 * view is appended in the transaction that read what was viewed (see {@link AuditedInterceptor}).
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

    /** Records an action of the signed-in user on an entity, in a transaction of its own. */
    public void record(AuditAction action, String entityType, Object entityId, String outcome) {
        Optional<Authentication> auth = securityService.getAuthentication();
        String tenant = auth.flatMap(CurrentTenant::fromAuthentication).orElse(PLATFORM);
        transactions.inNewTransaction(tenant, () -> {
            appendBy(auth, tenant, action, entityType, entityId, outcome);
            return null;
        });
    }

    /**
     * Records a view by the signed-in tenant user in the tenant transaction in progress (the one
     * that read what was viewed), so the view and its entry commit together.
     */
    void recordInTransaction(AuditAction action, String entityType, Object entityId, String outcome) {
        Optional<Authentication> auth = securityService.getAuthentication();
        appendBy(auth, auth.flatMap(CurrentTenant::fromAuthentication).orElseThrow(), action, entityType, entityId,
                outcome);
    }

    /**
     * Records one event per entity for an action of the signed-in tenant user on many records at
     * once (a case-level import: every child it wrote), in the tenant transaction in progress, so
     * the events commit or roll back with the action.
     */
    public void recordEachInTransaction(AuditAction action, String entityType, Collection<?> entityIds, String outcome) {
        Optional<Authentication> auth = securityService.getAuthentication();
        appendEach(auth, auth.flatMap(CurrentTenant::fromAuthentication).orElseThrow(), action, entityType, entityIds,
                outcome);
    }

    /** As {@link #recordEachInTransaction}, in a transaction of its own (a case-level export: every child it read). */
    public void recordEach(AuditAction action, String entityType, Collection<?> entityIds, String outcome) {
        Optional<Authentication> auth = securityService.getAuthentication();
        String tenant = auth.flatMap(CurrentTenant::fromAuthentication).orElseThrow();
        transactions.inNewTransaction(tenant, () -> {
            appendEach(auth, tenant, action, entityType, entityIds, outcome);
            return null;
        });
    }

    /** Records an action for an explicit tenant and user (sign-in, before any token exists). */
    public void recordFor(String tenant, String userId, String role, AuditAction action, String outcome) {
        String chain = tenant == null ? PLATFORM : tenant;
        transactions.inNewTransaction(chain, () -> {
            append(chain, userId, role, action, null, null, outcome);
            return null;
        });
    }

    private void appendBy(Optional<Authentication> auth, String tenant, AuditAction action, String entityType,
                          Object entityId, String outcome) {
        String user = auth.map(Authentication::getName).orElse(null);
        String role = auth.map(a -> String.join(",", a.getRoles())).orElse(null);
        append(tenant, user, role, action, entityType, entityId == null ? null : entityId.toString(), outcome);
    }

    private void appendEach(Optional<Authentication> auth, String tenant, AuditAction action, String entityType,
                            Collection<?> entityIds, String outcome) {
        if (entityIds.isEmpty()) {
            return;
        }
        String user = auth.map(Authentication::getName).orElse(null);
        String role = auth.map(a -> String.join(",", a.getRoles())).orElse(null);
        String requestId = requestId();
        String client = clientAddress();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String[] ids = entityIds.stream().map(Object::toString).toArray(String[]::new);
        String[] rests = new String[ids.length];
        for (int i = 0; i < ids.length; i++) {
            rests[i] = new AuditEntry(tenant, 0, now, user, role, action.code(), entityType, ids[i], outcome, requestId,
                    client, null, null).canonicalRest();
        }
        java.sql.Connection c = transactions.connection();
        try (PreparedStatement ps = c.prepareStatement("SELECT audit_append_many(?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, tenant);
            ps.setString(2, "on");
            ps.setString(3, AuditEntry.GENESIS);
            ps.setTimestamp(4, Timestamp.from(now));
            ps.setString(5, user);
            ps.setString(6, role);
            ps.setString(7, action.code());
            ps.setString(8, entityType);
            ps.setArray(9, c.createArrayOf("text", ids));
            ps.setString(10, outcome);
            ps.setString(11, requestId);
            ps.setString(12, client);
            ps.setArray(13, c.createArrayOf("text", rests));
            ps.execute();
        } catch (SQLException ex) {
            throw new IllegalStateException("Could not write the audit log", ex);
        }
    }

    /**
     * Appends one event to the tenant's chain in the current transaction, in one statement
     * ({@code audit_append}: chain lock, last hash, insert). A view is committed without waiting
     * for its WAL flush ({@code synchronous_commit = off}, this transaction only): it is written
     * and visible at once, and only a crash of the database server itself within a fraction of a
     * second could lose it; every change, export, import and sign-in waits for the flush (see
     * docs/adr/0003-audit-log.md).
     */
    private void append(String tenant, String user, String role, AuditAction action, String entityType,
                        String entityId, String outcome) {
        String requestId = requestId();
        String client = clientAddress();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        AuditEntry e = new AuditEntry(tenant, 0, now, user, role, action.code(), entityType, entityId, outcome,
                requestId, client, null, null);
        try (PreparedStatement ps = transactions.connection().prepareStatement(
                "SELECT audit_append(?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
            ps.setString(1, tenant);
            ps.setString(2, action == AuditAction.VIEW ? "off" : "on");
            ps.setString(3, AuditEntry.GENESIS);
            ps.setTimestamp(4, Timestamp.from(now));
            ps.setString(5, user);
            ps.setString(6, role);
            ps.setString(7, e.action());
            ps.setString(8, entityType);
            ps.setString(9, entityId);
            ps.setString(10, outcome);
            ps.setString(11, requestId);
            ps.setString(12, client);
            ps.setString(13, e.canonicalRest());
            ps.execute();
        } catch (SQLException ex) {
            throw new IllegalStateException("Could not write the audit log", ex);
        }
    }

    /** The id of the request being served, if any. */
    private static String requestId() {
        return ServerRequestContext.currentRequest().flatMap(RequestIds::find).orElse(null);
    }

    /** The address the request being served came from, if any. */
    private static String clientAddress() {
        Optional<HttpRequest<Object>> request = ServerRequestContext.currentRequest();
        return request.map(HttpRequest::getRemoteAddress).map(InetSocketAddress::getAddress)
                .map(a -> a.getHostAddress()).orElse(null);
    }
}
