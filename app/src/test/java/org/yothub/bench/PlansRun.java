package org.yothub.bench;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.yothub.plans.document.PlanDocumentService;
import org.yothub.plans.plan.PlanForm;
import org.yothub.plans.plan.PlanService;
import org.yothub.plans.plan.PlanView;
import org.yothub.platform.tenancy.Tenant;
import org.yothub.platform.tenancy.TenantDirectory;
import org.yothub.platform.tenancy.TenantScope;

/**
 * Times the Youth Justice Plan PDF of the current year's working plan, rendered from live data
 * (figures assembled from the database, HTML, tagged PDF), in the service's own context
 * (service stopped, same data directory). Each tenant gets a draft plan for the current year
 * if it has none. Two warm-up PDFs, then five timed PDFs of one tenant, then one PDF of every
 * tenant in turn (the plans feature has no batch of its own; this is the harness's loop).
 * Arguments {@code key=value}: {@code tenant}, {@code batch} (true).
 */
public final class PlansRun {
    private PlansRun() {
    }

    public static void main(String[] argv) throws Exception {
        String tenant = null;
        boolean batch = true;
        for (String a : argv) {
            if (a.startsWith("tenant=")) {
                tenant = a.substring(7);
            } else if (a.startsWith("batch=")) {
                batch = Boolean.parseBoolean(a.substring(6));
            }
        }
        BenchEnv env = new BenchEnv();
        try (ApplicationContext ctx = env.start(false)) {
            PlanService plans = ctx.getBean(PlanService.class);
            PlanDocumentService documents = ctx.getBean(PlanDocumentService.class);
            List<String> codes = ctx.getBean(TenantDirectory.class).all().stream().map(Tenant::getCode).sorted().toList();
            String one = tenant != null ? tenant : codes.get(0);
            int year = LocalDate.now().getMonthValue() >= 4 ? LocalDate.now().getYear() : LocalDate.now().getYear() - 1;
            UUID planId = plan(plans, one, year);
            long bytes = 0;
            for (int i = 0; i < 2; i++) {
                bytes = TenantScope.call(one, () -> documents.pdf(planId)).content().length;
            }
            long[] ms = new long[5];
            for (int i = 0; i < ms.length; i++) {
                long start = System.nanoTime();
                TenantScope.call(one, () -> documents.pdf(planId));
                ms[i] = (System.nanoTime() - start) / 1_000_000;
            }
            Arrays.sort(ms);
            String batchJson = "null";
            if (batch) {
                long start = System.nanoTime();
                long slowest = 0;
                for (String code : codes) {
                    long s = System.nanoTime();
                    UUID id = plan(plans, code, year);
                    TenantScope.call(code, () -> documents.pdf(id));
                    slowest = Math.max(slowest, (System.nanoTime() - s) / 1_000_000);
                }
                batchJson = String.format(Locale.ROOT, "{\"tenants\":%d,\"seconds\":%.1f,\"slowest_ms\":%d}", codes.size(),
                        (System.nanoTime() - start) / 1e9, slowest);
            }
            env.record("plans", String.format(Locale.ROOT, "{\"tenant\":\"%s\",\"pdf_kb\":%d,\"single_ms_sorted\":\"%s\","
                            + "\"single_median_ms\":%d,\"batch\":%s,\"load\":\"%s\"}", one, bytes / 1024, Arrays.toString(ms),
                    ms[ms.length / 2], batchJson, Files.readString(Path.of("/proc/loadavg")).trim()));
        }
        System.exit(0);
    }

    /** The tenant's plan for {@code year}, created as a draft if it has none. */
    private static UUID plan(PlanService plans, String tenant, int year) {
        return TenantScope.call(tenant, () -> plans.list().stream().filter(p -> p.planYear() == year).findFirst()
                .map(PlanView::id).orElseGet(() -> plans.create(new PlanForm(year, null, null)).id()));
    }
}
