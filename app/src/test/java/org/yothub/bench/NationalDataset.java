package org.yothub.bench;

import io.micronaut.context.ApplicationContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.yothub.bench.BenchTenants.BenchTenant;
import org.yothub.bench.CaseRecords.Table;
import org.yothub.platform.security.PasswordHasher;

/**
 * Builds the national-scale dataset in the bench data directory: tenant files for 150 YOTs
 * (loaded by the service's own tenant loader, with their staff), then per tenant, in one
 * transaction bound to it, the generated casework ({@link NationalCaseload}) and, when the
 * contact table exists, the contacts of its orders ({@link ContactPlan}); then VACUUM ANALYZE,
 * and the child ids and search terms per tenant for the load tests. Resumable: a tenant whose
 * children (or contacts) are already stored is skipped.
 *
 * <p>Options (system properties): {@code bench.tenants} (150), {@code bench.children} (500000),
 * {@code bench.contacts} (10000000), {@code bench.meanOffences} (3.47), {@code bench.seed} (2026),
 * {@code bench.threads} (2).
 */
public final class NationalDataset {
    static final LocalDate FROM = LocalDate.of(2016, 1, 1);
    private final BenchEnv env = new BenchEnv();
    private final int tenantCount = Integer.getInteger("bench.tenants", 150);
    private final int children = Integer.getInteger("bench.children", 500_000);
    private final long contacts = Long.getLong("bench.contacts", 10_000_000L);
    private final double meanOffences = Double.parseDouble(System.getProperty("bench.meanOffences", "3.47"));
    private final long seed = Long.getLong("bench.seed", 2026L);
    private final int threads = Integer.getInteger("bench.threads", 2);
    private final LocalDate until = LocalDate.now().minusDays(1);

    public static void main(String[] args) throws Exception {
        if (Boolean.getBoolean("bench.dryRun")) {
            new NationalDataset().dryRun();
        } else {
            new NationalDataset().build();
        }
        System.exit(0);
    }

    /** Generates every tenant's casework in memory only and prints the row counts (no database). */
    void dryRun() {
        long start = System.nanoTime();
        Map<String, Long> rows = new TreeMap<>();
        for (BenchTenant t : BenchTenants.plan(tenantCount, children, seed)) {
            new NationalCaseload(t.code(), seed, FROM, until, meanOffences, List.of(UUID.randomUUID()), t.court())
                    .generate(t.children(), k -> {
                        rows.merge("child", 1L, Long::sum);
                        rows.merge("offence", (long) k.offences().size(), Long::sum);
                        rows.merge("outcome", (long) k.outcomes().size(), Long::sum);
                        rows.merge("intervention", (long) k.interventions().size(), Long::sum);
                        rows.merge("remand", (long) k.remands().size(), Long::sum);
                        rows.merge("victim", (long) k.victims().size(), Long::sum);
                        rows.merge("hearing", (long) k.hearings().size(), Long::sum);
                        rows.merge("child_contact_person", (long) k.people().size(), Long::sum);
                        k.outcomes().forEach(o -> rows.merge("outcome:" + o.code(), 1L, Long::sum));
                        rows.merge("child:" + k.child().status(), 1L, Long::sum);
                    });
        }
        rows.forEach((k, v) -> System.out.printf("%-28s %,12d%n", k, v));
        System.out.printf("generated in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    void build() throws Exception {
        long t0 = System.nanoTime();
        List<BenchTenant> tenants = BenchTenants.plan(tenantCount, children, seed);
        BenchTenants.write(env.tenantsDir, tenants, passwordHash());
        writeTenantList(tenants);
        try (ApplicationContext ctx = env.start(true)) {
            long t1 = System.nanoTime();
            System.out.printf("[dataset] service context with %d tenants ready in %.1f s%n", tenants.size(), (t1 - t0) / 1e9);
            AtomicLong rows = new AtomicLong();
            forEachTenant(tenants, t -> rows.addAndGet(casework(t)));
            long t2 = System.nanoTime();
            boolean hasContacts = tableExists("contact");
            AtomicLong contactRows = new AtomicLong();
            if (hasContacts) {
                forEachTenant(tenants, t -> contactRows.addAndGet(contacts(t)));
            }
            long t3 = System.nanoTime();
            vacuumAnalyze();
            long t4 = System.nanoTime();
            writeLoadTestInputs(tenants);
            env.record("dataset", String.format(Locale.ROOT, "{\"tenants\":%d,\"children_planned\":%d,\"casework_rows_written\":%d,"
                            + "\"contact_rows_written\":%d,\"contact_table\":%b,\"context_s\":%.1f,\"casework_s\":%.1f,\"contacts_s\":%.1f,"
                            + "\"vacuum_analyze_s\":%.1f,\"total_s\":%.1f,\"tables\":%s}", tenants.size(), children, rows.get(),
                    contactRows.get(), hasContacts, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9,
                    (System.nanoTime() - t0) / 1e9, tableSizes()));
        }
    }

    private interface TenantWork {
        void run(BenchTenant t) throws Exception;
    }

    private void forEachTenant(List<BenchTenant> tenants, TenantWork work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (BenchTenant t : tenants) {
                futures.add(pool.submit(() -> {
                    work.run(t);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    /** Generates and stores one tenant's casework unless it is there already; returns rows written. */
    private long casework(BenchTenant t) throws Exception {
        long start = System.nanoTime();
        try (Connection c = BenchEnv.owner()) {
            c.setAutoCommit(false);
            CopyLoader.bind(c, t.code());
            if (count(c, "SELECT count(*) FROM child WHERE tenant_id = ?", t.code()) > 0) {
                c.rollback();
                return 0;
            }
            CopyLoader loader = new CopyLoader(t.code());
            new NationalCaseload(t.code(), seed, FROM, until, meanOffences, caseManagers(c, t.code()), t.court())
                    .generate(t.children(), k -> {
                        loader.add(k.child());
                        k.offences().forEach(loader::add);
                        k.outcomes().forEach(loader::add);
                        k.interventions().forEach(loader::add);
                        k.remands().forEach(loader::add);
                        k.victims().forEach(loader::add);
                        k.hearings().forEach(loader::add);
                        k.people().forEach(loader::add);
                    });
            loader.flush(c);
            c.commit();
            long total = loader.counts().values().stream().mapToLong(Long::longValue).sum();
            System.out.printf("[dataset] %s: %d children, %d outcomes, %d rows in %.1f s%n", t.code(), t.children(),
                    loader.counts().getOrDefault(Table.OUTCOME, 0L), total, (System.nanoTime() - start) / 1e9);
            return total;
        }
    }

    /** Generates the contacts of one tenant's stored orders unless it has contacts already. */
    private long contacts(BenchTenant t) throws Exception {
        long start = System.nanoTime();
        try (Connection c = BenchEnv.owner()) {
            c.setAutoCommit(false);
            CopyLoader.bind(c, t.code());
            if (count(c, "SELECT count(*) FROM (SELECT 1 FROM contact WHERE tenant_id = ? LIMIT 1) x", t.code()) > 0) {
                c.rollback();
                return 0;
            }
            List<ContactPlan.Order> orders = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT i.id, i.child_id, i.outcome_code, i.start_date, i.end_date, "
                    + "c.case_manager_id FROM intervention i JOIN child c ON c.tenant_id = i.tenant_id AND c.id = i.child_id "
                    + "WHERE i.tenant_id = ? ORDER BY i.id")) {
                ps.setString(1, t.code());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        orders.add(new ContactPlan.Order(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                                rs.getString(3), rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
                                rs.getObject(6, UUID.class)));
                    }
                }
            }
            CopyLoader loader = new CopyLoader(t.code());
            long target = Math.round(contacts * (double) t.children() / children);
            new ContactPlan(seed, until, caseManagers(c, t.code())).generate(orders, target, loader::add);
            loader.flush(c);
            c.commit();
            long n = loader.counts().getOrDefault(Table.CONTACT, 0L);
            System.out.printf("[dataset] %s: %d contacts in %.1f s%n", t.code(), n, (System.nanoTime() - start) / 1e9);
            return n;
        }
    }

    private static List<UUID> caseManagers(Connection c, String tenant) throws SQLException {
        List<UUID> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM staff_user WHERE tenant_id = ? "
                + "AND (',' || roles || ',') LIKE '%,case_manager,%' ORDER BY username")) {
            ps.setString(1, tenant);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return out;
    }

    private static long count(Connection c, String sql, String tenant) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, tenant);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static boolean tableExists(String table) throws SQLException {
        try (Connection c = BenchEnv.owner(); PreparedStatement ps = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static void vacuumAnalyze() throws SQLException {
        long start = System.nanoTime();
        try (Connection c = BenchEnv.owner(); Statement st = c.createStatement()) {
            st.execute("VACUUM (ANALYZE)");
        }
        System.out.printf("[dataset] VACUUM (ANALYZE) in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    /** Row counts and sizes of the casework tables (superuser, across tenants). */
    static String tableSizes() throws SQLException {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = BenchEnv.superuser(); Statement st = c.createStatement()) {
            for (Table t : Table.values()) {
                try (ResultSet rs = st.executeQuery("SELECT to_regclass('" + t.tableName() + "') IS NOT NULL")) {
                    rs.next();
                    if (!rs.getBoolean(1)) {
                        continue;
                    }
                }
                try (ResultSet rs = st.executeQuery("SELECT count(*), pg_total_relation_size('" + t.tableName() + "') FROM "
                        + t.tableName())) {
                    rs.next();
                    out.put(t.tableName(), String.format("{\"rows\":%d,\"mb\":%d}", rs.getLong(1), rs.getLong(2) >> 20));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT pg_database_size(current_database())")) {
                rs.next();
                out.put("_database", String.format("{\"mb\":%d}", rs.getLong(1) >> 20));
            }
        }
        StringBuilder b = new StringBuilder("{");
        out.forEach((k, v) -> b.append(b.length() > 1 ? "," : "").append('"').append(k).append("\":").append(v));
        return b.append('}').toString();
    }

    /** One Argon2id hash of the bench password, kept in BENCH_HOME so tenant files stay identical between runs. */
    private String passwordHash() throws Exception {
        Path file = env.home.resolve("password.hash");
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        }
        String hash = new PasswordHasher().hash(BenchTenants.PASSWORD);
        Files.createDirectories(env.home);
        Files.writeString(file, hash, StandardCharsets.UTF_8);
        return hash;
    }

    private void writeTenantList(List<BenchTenant> tenants) throws Exception {
        StringBuilder b = new StringBuilder("code\tname\tregion\tpopulation\tchildren\tcase_managers\n");
        tenants.forEach(t -> b.append(String.join("\t", t.code(), t.name(), t.region(), String.valueOf(t.population()),
                String.valueOf(t.children()), String.valueOf(t.caseManagers()))).append('\n'));
        Files.createDirectories(env.home);
        Files.writeString(env.home.resolve("tenants.tsv"), b, StandardCharsets.UTF_8);
    }

    /** Every child id of each tenant, and 200 search queries per tenant from its stored children. */
    private void writeLoadTestInputs(List<BenchTenant> tenants) throws Exception {
        Files.createDirectories(env.ids("x").getParent());
        Files.createDirectories(env.search("x").getParent());
        try (Connection c = BenchEnv.owner()) {
            c.setAutoCommit(false);
            for (BenchTenant t : tenants) {
                StringBuilder ids = new StringBuilder();
                for (int n = 1; n <= t.children(); n++) {
                    ids.append(NationalCaseload.childId(t.code(), n)).append('\n');
                }
                Files.writeString(env.ids(t.code()), ids, StandardCharsets.UTF_8);
                CopyLoader.bind(c, t.code());
                Files.writeString(env.search(t.code()), SearchTerms.of(c, t.code()), StandardCharsets.UTF_8);
                c.commit();
            }
        }
    }
}
