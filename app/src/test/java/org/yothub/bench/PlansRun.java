package org.yothub.bench;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import org.yothub.plans.batch.PlanBatchJob;
import org.yothub.plans.batch.PlanBatchStore;
import org.yothub.plans.batch.PlanBatchView;
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
 * if it has none. Two warm-up PDFs, then five timed PDFs of one tenant, then the product's plan
 * batch ({@link PlanBatchJob#run}: every tenant's plan rendered and stored on the job's worker
 * pool, {@code app.plans.batch.threads}), reporting the batch's elapsed seconds from its progress
 * record and the per-tenant timings it kept.
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
            String batchJson = batch ? batch(env, ctx, year) : "null";
            env.record("plans", String.format(Locale.ROOT, "{\"tenant\":\"%s\",\"pdf_kb\":%d,\"single_ms_sorted\":\"%s\","
                            + "\"single_median_ms\":%d,\"batch\":%s,\"load\":\"%s\"}", one, bytes / 1024, Arrays.toString(ms),
                    ms[ms.length / 2], batchJson, Files.readString(Path.of("/proc/loadavg")).trim()));
        }
        System.exit(0);
    }

    /**
     * Runs the product's plan batch for every tenant, records each tenant's timing (results/plans_tenants.jsonl)
     * and summarises the batch's progress record.
     */
    private static String batch(BenchEnv env, ApplicationContext ctx, int year) {
        PlanBatchJob job = ctx.getBean(PlanBatchJob.class);
        PlanBatchStore store = ctx.getBean(PlanBatchStore.class);
        long start = System.nanoTime();
        UUID id = job.run(year, null, "bench");
        double wall = (System.nanoTime() - start) / 1e9;
        PlanBatchView view = store.find(id).orElseThrow();
        List<PlanBatchStore.TenantTiming> timings = store.timings(id);
        long[] ms = timings.stream().mapToLong(PlanBatchStore.TenantTiming::millis).sorted().toArray();
        PlanBatchStore.TenantTiming slowest = timings.stream()
                .max(java.util.Comparator.comparingLong(PlanBatchStore.TenantTiming::millis)).orElse(null);
        env.record("plans_tenants", "{\"batch_id\":\"" + id + "\",\"tenants\":[" + timings.stream()
                .map(t -> String.format(Locale.ROOT, "{\"tenant\":\"%s\",\"outcome\":\"%s\",\"ms\":%d}", t.tenantCode(),
                        t.outcome(), t.millis())).collect(Collectors.joining(",")) + "]}");
        String failures = view.failures().stream().map(f -> "\"" + f.tenantCode() + "\"").collect(Collectors.joining(","));
        return String.format(Locale.ROOT, "{\"batch_id\":\"%s\",\"status\":\"%s\",\"threads\":%d,\"tenants\":%d,"
                        + "\"done\":%d,\"failed\":%d,\"failed_tenants\":[%s],\"seconds\":%.1f,\"wall_seconds\":%.1f,"
                        + "\"tenant_ms_median\":%d,\"tenant_ms_p95\":%d,\"slowest_tenant\":\"%s\",\"slowest_ms\":%d}",
                id, view.status(), view.threads(), view.totalTenants(), view.done(), view.failed(), failures,
                view.elapsedSeconds(), wall, percentile(ms, 50), percentile(ms, 95),
                slowest == null ? "" : slowest.tenantCode(), slowest == null ? 0 : slowest.millis());
    }

    private static long percentile(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /** The tenant's plan for {@code year}, created as a draft if it has none. */
    private static UUID plan(PlanService plans, String tenant, int year) {
        return TenantScope.call(tenant, () -> plans.list().stream().filter(p -> p.planYear() == year).findFirst()
                .map(PlanView::id).orElseGet(() -> plans.create(new PlanForm(year, null, null)).id()));
    }
}
