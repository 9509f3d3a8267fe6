package org.yothub.platform.tenancy;

import io.micronaut.data.runtime.multitenancy.TenantResolver;
import jakarta.inject.Singleton;
import java.io.Serializable;

/**
 * Lock 1 of tenancy: Micronaut Data adds {@code tenant_id = ?} to every query of a
 * {@code @TenantId} entity and fills it on insert, with the value resolved here.
 * Lock 2 is row-level security, set by {@link TenantTransactionInterceptor}.
 */
@Singleton
class JwtTenantResolver implements TenantResolver {
    private final CurrentTenant currentTenant;

    JwtTenantResolver(CurrentTenant currentTenant) {
        this.currentTenant = currentTenant;
    }

    @Override
    public Serializable resolveTenantIdentifier() {
        return currentTenant.require();
    }
}
