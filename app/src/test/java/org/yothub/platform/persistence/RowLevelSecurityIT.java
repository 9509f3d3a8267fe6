package org.yothub.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yothub.testing.Database;

/** Lock 2 of tenancy, checked in the catalogue and by raw queries as the runtime role. */
class RowLevelSecurityIT {

    @BeforeAll
    static void migrated() {
        DatabaseBootstrap.settings();
    }

    private static List<String> tenantTables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = c.createStatement().executeQuery("""
                SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
                WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY 1""")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        return tables;
    }

    @Test
    void everyTenantTableHasForcedRowLevelSecurityAndAPolicy() throws SQLException {
        try (Connection c = Database.owner()) {
            List<String> tables = tenantTables(c);
            assertTrue(tables.containsAll(List.of("staff_user", "audit_event", "tenant_setting", "child", "outcome")), tables.toString());
            for (String table : tables) {
                try (PreparedStatement ps = c.prepareStatement("""
                        SELECT c.relrowsecurity, c.relforcerowsecurity,
                               (SELECT count(*) FROM pg_policy p WHERE p.polrelid = c.oid)
                        FROM pg_class c WHERE c.relname = ? AND c.relnamespace = 'public'::regnamespace""")) {
                    ps.setString(1, table);
                    try (ResultSet rs = ps.executeQuery()) {
                        assertTrue(rs.next());
                        assertTrue(rs.getBoolean(1), table + " has row-level security enabled");
                        assertTrue(rs.getBoolean(2), table + " has row-level security forced");
                        assertTrue(rs.getInt(3) > 0, table + " has a policy");
                    }
                }
            }
        }
    }

    @Test
    void everyTenantTableHasTenantIdFirstInItsPrimaryKey() throws SQLException {
        try (Connection c = Database.owner()) {
            for (String table : tenantTables(c)) {
                try (PreparedStatement ps = c.prepareStatement("""
                        SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0]
                        WHERE i.indrelid = ?::regclass AND i.indisprimary""")) {
                    ps.setString(1, table);
                    try (ResultSet rs = ps.executeQuery()) {
                        assertTrue(rs.next(), table + " has a primary key");
                        assertEquals("tenant_id", rs.getString(1), table + " primary key starts with tenant_id");
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("""
                        SELECT count(*) FROM pg_index i WHERE i.indrelid = ?::regclass AND i.indisunique
                        AND NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = i.indrelid
                                        AND a.attnum = ANY(i.indkey) AND a.attname = 'tenant_id')""")) {
                    ps.setString(1, table);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        assertEquals(0, rs.getInt(1), table + " has no unique key without tenant_id");
                    }
                }
            }
        }
    }

    @Test
    void runtimeRoleOwnsNothingAndCannotBypassRowLevelSecurity() throws SQLException {
        String role = DatabaseBootstrap.settings().runtimeUser();
        try (Connection c = Database.owner(); PreparedStatement ps = c.prepareStatement("""
                SELECT r.rolsuper, r.rolbypassrls,
                       (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE c.relowner = r.oid AND n.nspname = 'public')
                FROM pg_roles r WHERE r.rolname = ?""")) {
            ps.setString(1, role);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertFalse(rs.getBoolean(1), "runtime role is not superuser");
                assertFalse(rs.getBoolean(2), "runtime role has no BYPASSRLS");
                assertEquals(0, rs.getInt(3), "runtime role owns no relation");
            }
        }
    }

    @Test
    void runtimeRoleWithNoTenantSetSeesNoRows() throws SQLException {
        try (Connection c = Database.runtime(); Statement st = c.createStatement()) {
            for (String table : List.of("staff_user", "tenant_setting", "audit_event", "child")) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
                    rs.next();
                    assertEquals(0, rs.getInt(1), table + " without a tenant");
                }
            }
        }
        try (Connection c = Database.owner(); ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM staff_user")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "forced RLS applies to the owner too");
        }
    }

    @Test
    void runtimeRoleWithTenantSetSeesOnlyThatTenant() throws SQLException {
        try (Connection c = Database.runtime()) {
            c.setAutoCommit(false);
            c.createStatement().execute("SELECT set_config('app.tenant_id', 'southampton', true)");
            try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT count(*), count(*) FILTER (WHERE tenant_id <> 'southampton') FROM staff_user")) {
                rs.next();
                assertTrue(rs.getInt(1) > 0);
                assertEquals(0, rs.getInt(2));
            }
            c.commit();
            try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM staff_user")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "the setting ends with the transaction");
            }
        }
    }

    @Test
    void insertForAnotherTenantIsRejected() throws SQLException {
        try (Connection c = Database.runtime()) {
            c.setAutoCommit(false);
            c.createStatement().execute("SELECT set_config('app.tenant_id', 'southampton', true)");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO staff_user (tenant_id, id, username, display_name, roles, password_hash) "
                    + "VALUES ('portsmouth', ?, 'intruder', 'Intruder', 'case_manager', 'x')")) {
                ps.setObject(1, UUID.randomUUID());
                ps.executeUpdate();
                fail("insert for another tenant must fail");
            } catch (SQLException e) {
                assertEquals("42501", e.getSQLState(), e.getMessage());
            } finally {
                c.rollback();
            }
        }
    }
}
