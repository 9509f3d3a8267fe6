package org.yothub.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.yothub.platform.persistence.DatabaseBootstrap;
import org.yothub.platform.persistence.DatabaseSettings;

/** Direct connections for tests that check the database itself (roles, policies, tampering). */
public final class Database {
    private Database() {
    }

    public static Connection owner() throws SQLException {
        return DatabaseBootstrap.ownerConnection();
    }

    /**
     * An owner connection with a transaction open and bound to {@code tenant} (row-level security
     * applies to the owner too); commit to keep its changes, closing without a commit drops them.
     */
    public static Connection ownerIn(String tenant) throws SQLException {
        Connection c = owner();
        c.setAutoCommit(false);
        try (PreparedStatement bind = c.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
            bind.setString(1, tenant);
            bind.execute();
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    public static Connection runtime() throws SQLException {
        DatabaseSettings s = DatabaseBootstrap.settings();
        return DriverManager.getConnection(s.jdbcUrl(), s.runtimeUser(), s.runtimePassword());
    }
}
