package org.yothub.platform.tenancy;

import java.util.function.Supplier;

/**
 * Runs code on behalf of one tenant outside an HTTP request (startup loading, background jobs,
 * sign-in before a token exists). Only platform code uses it; feature code never names a tenant.
 */
public final class TenantScope {
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private TenantScope() {
    }

    public static <T> T call(String tenant, Supplier<T> work) {
        String previous = CURRENT.get();
        CURRENT.set(tenant);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    public static void run(String tenant, Runnable work) {
        call(tenant, () -> {
            work.run();
            return null;
        });
    }

    static String current() {
        return CURRENT.get();
    }
}
