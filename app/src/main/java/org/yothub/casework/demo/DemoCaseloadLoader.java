package org.yothub.casework.demo;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yothub.platform.tenancy.Tenant;
import org.yothub.platform.tenancy.TenantDirectory;
import org.yothub.platform.tenancy.TenantScope;
import org.yothub.platform.web.DemoMode;

/**
 * In demo mode only, gives every demo YOT (a tenant with case managers) a few hundred fictional
 * children with their records at startup, after the tenant files are loaded. Idempotent: a YOT
 * that has its demo caseload is left alone. References are the YOT's first three letters and a
 * number ({@code SOU-000123}).
 */
@Context
class DemoCaseloadLoader {
    private static final Logger LOG = LoggerFactory.getLogger(DemoCaseloadLoader.class);
    private final DemoMode demoMode;
    private final TenantDirectory tenants;
    private final DemoCaseload caseload;
    private final int perTenant;

    DemoCaseloadLoader(DemoMode demoMode, TenantDirectory tenants, DemoCaseload caseload,
                       @Value("${app.casework.demo.children-per-tenant:300}") int perTenant) {
        this.demoMode = demoMode;
        this.tenants = tenants;
        this.caseload = caseload;
        this.perTenant = perTenant;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (!demoMode.enabled() || perTenant <= 0) {
            return;
        }
        long start = System.nanoTime();
        int loaded = 0;
        for (Tenant t : tenants.all()) {
            String code = t.getCode();
            loaded += TenantScope.call(code, () -> caseload.loadIfAbsent(prefix(code), seed(code), perTenant));
        }
        if (loaded > 0) {
            LOG.info("Demo caseload: {} fictional children loaded in {} ms", loaded, (System.nanoTime() - start) / 1_000_000);
        }
    }

    static String prefix(String tenantCode) {
        String letters = tenantCode.replaceAll("[^a-z]", "");
        return (letters + "xxx").substring(0, 3).toUpperCase(Locale.ROOT);
    }

    static long seed(String tenantCode) {
        return tenantCode.hashCode();
    }
}
