package org.yothub.platform.tenancy;

/** Tenant-scoped work was attempted by a user or job that has no tenant. Answered with 403. */
public class NoTenantException extends RuntimeException {
    public NoTenantException() {
        super("This action needs a tenant user");
    }
}
