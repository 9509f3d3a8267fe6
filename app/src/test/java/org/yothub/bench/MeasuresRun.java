package org.yothub.bench;

import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.UUID;
import org.yothub.measures.MeasuresService;
import org.yothub.measures.Period;
import org.yothub.platform.tenancy.Tenant;
import org.yothub.platform.tenancy.TenantDirectory;
import org.yothub.platform.tenancy.TenantScope;

/**
 * Times the measures engine in the service's own context (service stopped, same data
 * directory): (1) every measure of {@link MeasuresService} for every tenant for the last 20
 * complete quarters ({@link MeasuresService#recompute}: each measure reads a tenant's rows once
 * for all 20 quarters), tenants shared among {@code threads} workers, each in its own tenant
 * scope; (2) one cross-tenant aggregate pass over the outcome table, as the reference; (3) one
 * tenant's quarter recomputed right after a change to its casework (an outcome added), five times.
 * Arguments {@code key=value}: {@code tenant} (for 3), {@code quarters} (20), {@code threads} (2),
 * {@code split} (false; true times each measure on its own, so measures that share a pass, the
 * end-of-intervention shares and the KPIs, are read twice), {@code warmup} (3: how many tenants are
 * recomputed first, on another as-of date, to warm the JIT, the pool and the plans; in the service
 * the recompute runs in a JVM that has been serving for hours).
 */
public final class MeasuresRun {
    private MeasuresRun() {
    }

    public static void main(String[] argv) throws Exception {
        String tenant = null;
        int quarterCount = 20;
        int threads = 2;
        boolean splitByMeasure = false;
        int warmUpTenants = 3;
        for (String a : argv) {
            if (a.startsWith("tenant=")) {
                tenant = a.substring(7);
            } else if (a.startsWith("quarters=")) {
                quarterCount = Integer.parseInt(a.substring(9));
            } else if (a.startsWith("warmup=")) {
                warmUpTenants = Integer.parseInt(a.substring(7));
            } else if (a.startsWith("split=")) {
                splitByMeasure = Boolean.parseBoolean(a.substring(6));
            } else if (a.startsWith("threads=")) {
                threads = Integer.parseInt(a.substring(8));
            }
        }
        BenchEnv env = new BenchEnv();
        try (ApplicationContext ctx = env.start(false)) {
            MeasuresService measures = ctx.getBean(MeasuresService.class);
            List<String> codes = ctx.getBean(TenantDirectory.class).all().stream().map(Tenant::getCode).sorted().toList();
            LocalDate today = LocalDate.now();
            Period last = Period.quarterOf(Period.quarterOf(today).start().minusDays(1));
            List<Period> quarters = last.quartersEndingHere(quarterCount);
            // warm-up (JIT, connection pool, plans) on another as-of date, so nothing it computes is reused
            for (String code : codes.subList(0, Math.min(warmUpTenants, codes.size()))) {
                TenantScope.run(code, () -> measures.recompute(quarters, today.minusDays(1)));
            }
            double aggregateBefore = aggregatePass();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            AtomicLong results = new AtomicLong();
            AtomicLongArray perMeasure = new AtomicLongArray(MeasuresService.MEASURES.size());
            long start = System.nanoTime();
            List<Future<?>> work = new ArrayList<>();
            boolean split = splitByMeasure;
            for (String code : codes) {
                work.add(pool.submit(() -> TenantScope.run(code, () -> {
                    if (split) {
                        for (int m = 0; m < MeasuresService.MEASURES.size(); m++) {
                            long t0 = System.nanoTime();
                            results.addAndGet(measures.recompute(MeasuresService.MEASURES.get(m), quarters, today));
                            perMeasure.addAndGet(m, System.nanoTime() - t0);
                        }
                    } else {
                        results.addAndGet(measures.recompute(quarters, today));
                    }
                })));
            }
            for (Future<?> f : work) {
                f.get();
            }
            double allSeconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            double aggregateSeconds = Math.min(aggregateBefore, aggregatePass());
            StringBuilder bySplit = new StringBuilder(split ? "{" : "null");
            for (int m = 0; split && m < perMeasure.length(); m++) {
                bySplit.append(m > 0 ? "," : "").append(String.format(Locale.ROOT, "\"%s\":%.2f", MeasuresService.MEASURES.get(m),
                        perMeasure.get(m) / 1e9));
            }
            bySplit.append(split ? "}" : "");
            String target = tenant != null ? tenant : codes.get(0);
            double[] after = afterChange(measures, target, Period.quarterOf(today), today);
            env.record("measures", String.format(Locale.ROOT, "{\"tenants\":%d,\"quarters\":%d,\"threads\":%d,"
                            + "\"results\":%d,\"all_tenants_s\":%.2f,\"worker_seconds_by_measure\":%s,\"ms_per_tenant\":%.1f,\"aggregate_pass_s\":%.3f,"
                            + "\"ratio\":%.1f,\"after_change_tenant\":\"%s\",\"after_change_ms\":\"%s\",\"after_change_max_ms\":%.1f,"
                            + "\"load\":\"%s\"}",
                    codes.size(), quarters.size(), threads, results.get(), allSeconds, bySplit, allSeconds * 1000 / codes.size(),
                    aggregateSeconds, allSeconds / aggregateSeconds, target, Arrays.toString(after),
                    Arrays.stream(after).max().orElse(0), Files.readString(Path.of("/proc/loadavg")).trim()));
        }
        System.exit(0);
    }

    /** Every measure of one quarter (the reoffending cohort of that quarter). */
    static void all(MeasuresService m, Period q, LocalDate asOf) {
        m.firstTimeEntrants(q, asOf);
        m.reoffending(q, asOf);
        m.custody(q, asOf);
        m.remand(q, asOf);
        m.disposals(q, asOf);
        m.endOfIntervention(q, asOf);
        m.kpis(q, asOf);
        m.disproportionality(q, asOf);
        m.victims(q, asOf);
    }

    /** One pass over every tenant's outcomes: counts by tenant and outcome code (superuser, no RLS). */
    private static double aggregatePass() throws Exception {
        try (Connection c = BenchEnv.superuser(); Statement st = c.createStatement()) {
            long start = System.nanoTime();
            try (ResultSet rs = st.executeQuery("SELECT tenant_id, outcome_code, count(*), count(DISTINCT child_id), "
                    + "min(outcome_date), max(outcome_date) FROM outcome GROUP BY tenant_id, outcome_code")) {
                while (rs.next()) {
                    rs.getLong(3);
                }
            }
            return (System.nanoTime() - start) / 1e9;
        }
    }

    /**
     * Adds an offence with an outcome today to a 12-16 year-old child of the tenant, then times its
     * quarter's measures; five times. The added rows are removed afterwards.
     */
    private static double[] afterChange(MeasuresService measures, String tenant, Period quarter, LocalDate today) throws Exception {
        double[] out = new double[5];
        List<UUID> children = new ArrayList<>();
        try (Connection c = BenchEnv.owner()) {
            c.setAutoCommit(false);
            CopyLoader.bind(c, tenant);
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM child WHERE tenant_id = ? AND date_of_birth "
                    + "BETWEEN current_date - interval '16 years' AND current_date - interval '12 years' ORDER BY child_ref LIMIT 5")) {
                ps.setString(1, tenant);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        children.add(rs.getObject(1, UUID.class));
                    }
                }
            }
            c.commit();
        }
        for (int i = 0; i < out.length; i++) {
            try (Connection c = BenchEnv.owner()) {
                c.setAutoCommit(false);
                CopyLoader.bind(c, tenant);
                UUID child = children.get(i % children.size());
                UUID offence = UUID.randomUUID();
                exec(c, "INSERT INTO offence (tenant_id, id, child_id, offence_ref, offence_date, category, gravity_score) "
                        + "VALUES (?, ?, ?, ?, ?, 'criminal_damage', 2)", tenant, offence, child, "BENCH-" + offence, today);
                exec(c, "INSERT INTO outcome (tenant_id, id, child_id, offence_id, outcome_date, outcome_code) "
                        + "VALUES (?, ?, ?, ?, ?, 'YC')", tenant, UUID.randomUUID(), child, offence, today);
                c.commit();
            }
            long start = System.nanoTime();
            TenantScope.run(tenant, () -> all(measures, quarter, today));
            out[i] = Math.round((System.nanoTime() - start) / 1e5) / 10.0;
        }
        try (Connection c = BenchEnv.owner()) {
            c.setAutoCommit(false);
            CopyLoader.bind(c, tenant);
            exec(c, "DELETE FROM offence WHERE tenant_id = ? AND offence_ref LIKE 'BENCH-%'", tenant);
            c.commit();
        }
        return out;
    }

    private static void exec(Connection c, String sql, Object... args) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }
}
