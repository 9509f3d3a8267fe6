package org.yothub.bench;

import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import org.yothub.platform.persistence.DatabaseBootstrap;
import org.yothub.platform.persistence.DatabaseSettings;

/**
 * Where the benchmark keeps its state ({@code BENCH_HOME}, default {@code /work/bench-data}):
 * the embedded PostgreSQL data directory ({@code pgdata/}, or {@code YOTHUB_DATA_DIR}), the
 * generated tenant files ({@code tenants/}), child ids and search terms per tenant
 * ({@code ids/}, {@code search/}) and results ({@code results/}). In-process runs start the
 * service's own application context on that data directory (no HTTP server).
 */
public final class BenchEnv {
    final Path home;
    final Path dataDir;
    final Path tenantsDir;

    public BenchEnv() {
        home = Path.of(env("BENCH_HOME", "/work/bench-data")).toAbsolutePath();
        dataDir = Path.of(env("YOTHUB_DATA_DIR", home.resolve("pgdata").toString())).toAbsolutePath();
        tenantsDir = Path.of(env("YOTHUB_TENANTS_DIR", home.resolve("tenants").toString())).toAbsolutePath();
    }

    public static String env(String name, String fallback) {
        String v = System.getenv(name);
        if (v == null || v.isBlank()) {
            v = System.getProperty(name);
        }
        return v == null || v.isBlank() ? fallback : v;
    }

    Path ids(String tenant) {
        return home.resolve("ids").resolve(tenant + ".txt");
    }

    Path search(String tenant) {
        return home.resolve("search").resolve(tenant + ".txt");
    }

    /** Starts the service's application context (migrations, tenant files, no HTTP) on the bench data directory. */
    public ApplicationContext start(boolean fsyncOff) {
        System.setProperty("YOTHUB_DATA_DIR", dataDir.toString());
        System.setProperty("YOTHUB_DEMO", "true");
        if (fsyncOff && System.getenv("YOTHUB_DB_FSYNC") == null) {
            System.setProperty("YOTHUB_DB_FSYNC", "off");
        }
        Map<String, Object> props = new HashMap<>();
        props.put("yothub.tenants.dir", tenantsDir.toString());
        props.put("app.casework.demo.children-per-tenant", 0);
        props.put("micronaut.server.port", -1);
        // in-process runs time their own work: no background PDF or measures warm-up competing with it
        props.put("app.plans.pdf-warm-up", false);
        props.put("app.measures.warm-up", false);
        return ApplicationContext.builder().properties(props).deduceEnvironment(false).start();
    }

    /** A connection as the owner role (row-level security still applies: bind a tenant). */
    public static Connection owner() throws SQLException {
        return DatabaseBootstrap.ownerConnection();
    }

    /** A superuser connection to the embedded server, for cross-tenant reference queries only. */
    public static Connection superuser() throws SQLException {
        DatabaseSettings s = DatabaseBootstrap.settings();
        return DriverManager.getConnection(s.jdbcUrl(), "postgres", "postgres");
    }

    /** Appends one line of JSON to {@code results/<name>.jsonl} and prints it. */
    public void record(String name, String json) {
        String line = "{\"at\":\"" + LocalDateTime.now().withNano(0) + "\"," + json.substring(1);
        System.out.println("[bench] " + name + " " + line);
        try {
            Path file = home.resolve("results").resolve(name + ".jsonl");
            Files.createDirectories(file.getParent());
            Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
