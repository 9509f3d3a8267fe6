package org.yothub.platform.tenancy;

import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import jakarta.inject.Singleton;

/** Opens (or joins) a transaction and binds it to the current tenant; see {@link TenantTransactional}. */
@Singleton
@InterceptorBean(TenantTransactional.class)
class TenantTransactionInterceptor implements MethodInterceptor<Object, Object> {
    private final TenantTransactions transactions;

    TenantTransactionInterceptor(TenantTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        boolean readOnly = context.booleanValue(TenantTransactional.class, "readOnly").orElse(false);
        return transactions.inTenant(readOnly, context::proceed);
    }
}
