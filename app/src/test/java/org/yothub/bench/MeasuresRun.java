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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.yothub.measures.MeasuresService;
import org.yothub.measures.Period;
import org.yothub.platform.tenancy.Tenant;
import org.yothub.platform.tenancy.TenantDirectory;
import org.yothub.platform.tenancy.TenantScope;

/**
 * Times the measures engine in the service's own context (service stopped, same data
 * directory): (1) every measure of {@link MeasuresService} for every tenant for the last 20
 * complete quarters, one tenant after another, each in its own tenant scope; (2) one
 * cross-tenant aggregate pass over the outcome table, as the reference; (3) one tenant's
 * quarter recomputed right after a change to its casework (an outcome added), five times.
 * Run (1) stops after {@code minutes} (10) and then extrapolates to all tenants by their share
 * of the children (tenants are taken in code order, which is unrelated to their size).
 * Arguments {@code key=value}: {@code tenant} (for 3), {@code quarters} (20), {@code minutes}.
 */
public final class MeasuresRun {
    private MeasuresRun() {
    }

    public static void main(String[] argv) throws Exception {
        String tenant = null;
        int quarterCount = 20;
        double budgetMinutes = 10;
        for (String a : argv) {
            if (a.startsWith("tenant=")) {
                tenant = a.substring(7);
            } else if (a.startsWith("quarters=")) {
                quarterCount = Integer.parseInt(a.substring(9));
            } else if (a.startsWith("minutes=")) {
                budgetMinutes = Double.parseDouble(a.substring(8));
            }
        }
        BenchEnv env = new BenchEnv();
        try (ApplicationContext ctx = env.start(false)) {
            MeasuresService measures = ctx.getBean(MeasuresService.class);
            List<String> codes = ctx.getBean(TenantDirectory.class).all().stream().map(Tenant::getCode).sorted().toList();
            LocalDate today = LocalDate.now();
            Period last = Period.quarterOf(Period.quarterOf(today).start().minusDays(1));
            List<Period> quarters = last.quartersEndingHere(quarterCount);
            for (String code : codes.subList(0, Math.min(2, codes.size()))) {
                TenantScope.run(code, () -> quarters.forEach(q -> all(measures, q, today)));
            }
            Map<String, Long> children = childrenPerTenant();
            long budget = (long) (budgetMinutes * 60e9);
            long[] perMeasure = new long[MEASURES.length];
            long start = System.nanoTime();
            int done = 0;
            long childrenDone = 0;
            for (String code : codes) {
                TenantScope.run(code, () -> quarters.forEach(q -> timed(measures, q, today, perMeasure)));
                done++;
                childrenDone += children.getOrDefault(code, 0L);
                long elapsed = System.nanoTime() - start;
                if (done % 10 == 0) {
                    System.out.printf("[measures] %d tenants in %.1f s%n", done, elapsed / 1e9);
                }
                if (elapsed > budget) {
                    break;
                }
            }
            double measuredSeconds = (System.nanoTime() - start) / 1e9;
            long allChildren = children.values().stream().mapToLong(Long::longValue).sum();
            double estimate = done == codes.size() ? measuredSeconds : measuredSeconds * allChildren / Math.max(1, childrenDone);
            StringBuilder split = new StringBuilder("{");
            for (int i = 0; i < MEASURES.length; i++) {
                split.append(i > 0 ? "," : "").append(String.format(Locale.ROOT, "\"%s\":%.1f", MEASURES[i], perMeasure[i] / 1e9));
            }
            split.append('}');
            double aggregateSeconds = aggregatePass();
            String target = tenant != null ? tenant : codes.get(0);
            double[] after = afterChange(measures, target, Period.quarterOf(today), today);
            env.record("measures", String.format(Locale.ROOT, "{\"tenants\":%d,\"tenants_measured\":%d,\"quarters\":%d,"
                            + "\"measured_s\":%.1f,\"all_tenants_s\":%.1f,\"all_tenants_estimated\":%b,\"ms_per_tenant_quarter\":%.1f,"
                            + "\"seconds_by_measure\":%s,\"aggregate_pass_s\":%.3f,\"ratio\":%.0f,\"after_change_tenant\":\"%s\","
                            + "\"after_change_ms\":\"%s\",\"after_change_max_ms\":%.1f,\"load\":\"%s\"}",
                    codes.size(), done, quarters.size(), measuredSeconds, estimate, done < codes.size(),
                    measuredSeconds * 1000 / (done * quarters.size()), split, aggregateSeconds, estimate / aggregateSeconds, target,
                    Arrays.toString(after), Arrays.stream(after).max().orElse(0), Files.readString(Path.of("/proc/loadavg")).trim()));
        }
        System.exit(0);
    }

    private static final String[] MEASURES = {"first_time_entrants", "reoffending", "custody", "remand", "disposals",
        "end_of_intervention", "kpis", "disproportionality", "victims"};

    /** Every measure of one quarter, each timed into {@code nanos} (in the order of {@link #MEASURES}). */
    static void timed(MeasuresService m, Period q, LocalDate asOf, long[] nanos) {
        List<Runnable> calls = List.of(() -> m.firstTimeEntrants(q, asOf), () -> m.reoffending(q, asOf),
                () -> m.custody(q, asOf), () -> m.remand(q, asOf), () -> m.disposals(q, asOf),
                () -> m.endOfIntervention(q, asOf), () -> m.kpis(q, asOf), () -> m.disproportionality(q, asOf),
                () -> m.victims(q, asOf));
        for (int i = 0; i < calls.size(); i++) {
            long start = System.nanoTime();
            calls.get(i).run();
            nanos[i] += System.nanoTime() - start;
        }
    }

    /** Children per tenant (superuser, across tenants), to extrapolate a partial run by size. */
    private static Map<String, Long> childrenPerTenant() throws Exception {
        Map<String, Long> out = new HashMap<>();
        try (Connection c = BenchEnv.superuser(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT tenant_id, count(*) FROM child GROUP BY tenant_id")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
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
