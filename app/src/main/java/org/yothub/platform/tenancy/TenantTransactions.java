package org.yothub.platform.tenancy;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Transactions bound to a tenant. {@code set_config(..., true)} makes the setting local to the
 * transaction, so a pooled connection never carries a tenant into its next use.
 */
@Singleton
public class TenantTransactions {
    /** The tenant the transaction in progress on this thread was bound to by this class, if any. */
    private static final ThreadLocal<String> BOUND = new ThreadLocal<>();
    private final TransactionOperations<Connection> transactionOperations;
    private final CurrentTenant currentTenant;

    TenantTransactions(TransactionOperations<Connection> transactionOperations, CurrentTenant currentTenant) {
        this.transactionOperations = transactionOperations;
        this.currentTenant = currentTenant;
    }

    /** Runs {@code work} in a transaction of the current tenant (joining one already open). */
    public <T> T inTenant(boolean readOnly, Supplier<T> work) {
        String tenant = currentTenant.require();
        TransactionDefinition definition = readOnly ? TransactionDefinition.READ_ONLY : TransactionDefinition.DEFAULT;
        return transactionOperations.execute(definition, status -> {
            if (!status.isNewTransaction() && tenant.equals(BOUND.get())) {
                return work.get(); // joined a transaction already bound to this tenant
            }
            bind(status.getConnection(), tenant);
            return whileBound(tenant, work);
        });
    }

    /** Runs {@code work} in a new, separate transaction bound to {@code tenant} (platform use only). */
    public <T> T inNewTransaction(String tenant, Supplier<T> work) {
        return transactionOperations.execute(
                TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW), status -> {
                    bind(status.getConnection(), tenant);
                    return whileBound(tenant, () -> TenantScope.call(tenant, work));
                });
    }

    private static <T> T whileBound(String tenant, Supplier<T> work) {
        String outer = BOUND.get();
        BOUND.set(tenant);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                BOUND.remove();
            } else {
                BOUND.set(outer);
            }
        }
    }

    /** The connection of the transaction in progress. */
    public Connection connection() {
        return transactionOperations.getConnection();
    }

    static void bind(Connection connection, String tenant) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
            ps.setString(1, tenant);
            ps.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not bind the transaction to its tenant", e);
        }
    }
}
