package org.yothub.platform.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prepares the database once per JVM, before any connection pool opens.
 *
 * <p>With {@code YOTHUB_JDBC_URL} set, the external PostgreSQL is used as configured (its roles
 * come from {@code infra/postgres/roles.sql}). Otherwise a real embedded PostgreSQL server is
 * started (kept in {@code YOTHUB_DATA_DIR} when set, else a throw-away directory), and the owner
 * and runtime roles are created in it. Either way the Liquibase changelogs are then applied as
 * the owner role, so the runtime role never needs DDL rights.
 */
public final class DatabaseBootstrap {
    public static final String OWNER_ROLE = "yothub_owner";
    public static final String RUNTIME_ROLE = "yothub_app";
    private static final String DATABASE = "yothub";
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseBootstrap.class);
    private static DatabaseSettings settings;
    private static EmbeddedPostgres embedded;

    private DatabaseBootstrap() {
    }

    /** Starts (if needed) and migrates the database; later calls return the same settings. */
    public static synchronized DatabaseSettings settings() {
        if (settings == null) {
            long start = System.nanoTime();
            settings = env("YOTHUB_JDBC_URL") != null ? external() : startEmbedded();
            Migrations.apply(settings);
            LOG.info("Database ready in {} ms: {}", (System.nanoTime() - start) / 1_000_000, settings);
        }
        return settings;
    }

    /** A direct connection as the owner role, for migrations and platform maintenance only. */
    public static Connection ownerConnection() throws SQLException {
        DatabaseSettings s = settings();
        return DriverManager.getConnection(s.jdbcUrl(), s.ownerUser(), s.ownerPassword());
    }

    private static DatabaseSettings external() {
        String url = env("YOTHUB_JDBC_URL");
        return new DatabaseSettings(url,
                required("YOTHUB_DB_USER"), required("YOTHUB_DB_PASSWORD"),
                required("YOTHUB_DB_OWNER_USER"), required("YOTHUB_DB_OWNER_PASSWORD"), false);
    }

    private static DatabaseSettings startEmbedded() {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "256MB")
                    // one query per request thread: on a small machine parallel workers only compete with the other requests
                    .setServerConfig("max_parallel_workers_per_gather", "0")
                    .setServerConfig("fsync", "off".equals(env("YOTHUB_DB_FSYNC")) ? "off" : "on")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C");
            String dataDir = env("YOTHUB_DATA_DIR");
            if (dataDir != null && !dataDir.isBlank()) {
                Path dir = Path.of(dataDir).toAbsolutePath();
                Files.createDirectories(dir);
                builder.setDataDirectory(dir).setCleanDataDirectory(false);
            }
            embedded = builder.start();
            String ownerPassword = randomSecret();
            String runtimePassword = randomSecret();
            createRolesAndDatabase(embedded.getPostgresDatabase(), ownerPassword, runtimePassword);
            String url = "jdbc:postgresql://localhost:" + embedded.getPort() + "/" + DATABASE;
            return new DatabaseSettings(url, RUNTIME_ROLE, runtimePassword, OWNER_ROLE, ownerPassword, true);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    private static void createRolesAndDatabase(DataSource superuser, String ownerPassword, String runtimePassword)
            throws SQLException {
        try (Connection c = superuser.getConnection(); Statement st = c.createStatement()) {
            upsertRole(c, OWNER_ROLE, ownerPassword, "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS");
            upsertRole(c, RUNTIME_ROLE, runtimePassword, "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS");
            if (!exists(c, "SELECT 1 FROM pg_database WHERE datname = ?", DATABASE)) {
                st.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER_ROLE);
            }
        }
        String url = "jdbc:postgresql://localhost:" + embedded.getPort() + "/" + DATABASE;
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres");
             Statement st = c.createStatement()) {
            st.execute("ALTER SCHEMA public OWNER TO " + OWNER_ROLE);
            st.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
            st.execute("GRANT USAGE ON SCHEMA public TO " + RUNTIME_ROLE);
        }
    }

    private static void upsertRole(Connection c, String role, String password, String options) throws SQLException {
        boolean exists = exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", role);
        try (Statement st = c.createStatement()) {
            // Role names are constants; the password is hex, so it cannot break out of the literal.
            st.execute((exists ? "ALTER" : "CREATE") + " ROLE " + role + " " + options
                    + " PASSWORD '" + password + "'");
        }
    }

    private static boolean exists(Connection c, String sql, String arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static String randomSecret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String required(String name) {
        String value = env(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " must be set when YOTHUB_JDBC_URL is set");
        }
        return value;
    }

    static String env(String name) {
        String value = System.getenv(name);
        return value != null ? value : System.getProperty(name);
    }
}
