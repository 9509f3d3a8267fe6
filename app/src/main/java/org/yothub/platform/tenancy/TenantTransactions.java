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
            bind(status.getConnection(), tenant);
            return work.get();
        });
    }

    /** Runs {@code work} in a new, separate transaction bound to {@code tenant} (platform use only). */
    public <T> T inNewTransaction(String tenant, Supplier<T> work) {
        return transactionOperations.execute(
                TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW), status -> {
                    bind(status.getConnection(), tenant);
                    return TenantScope.call(tenant, work);
                });
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
