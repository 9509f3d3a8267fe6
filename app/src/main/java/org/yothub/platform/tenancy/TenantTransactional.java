package org.yothub.platform.tenancy;

import io.micronaut.aop.Around;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the method in a database transaction bound to the current tenant: the transaction's
 * {@code app.tenant_id} setting is set (transaction-local) before anything else, so row-level
 * security admits only that tenant's rows. Put it on services or controllers of tenant features.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Around
public @interface TenantTransactional {
    /** Read-only transactions for queries. */
    boolean readOnly() default false;
}
