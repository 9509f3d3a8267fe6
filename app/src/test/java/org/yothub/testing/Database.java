package org.yothub.testing;

import java.sql.Connection;
import java.sql.DriverManager;
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

    public static Connection runtime() throws SQLException {
        DatabaseSettings s = DatabaseBootstrap.settings();
        return DriverManager.getConnection(s.jdbcUrl(), s.runtimeUser(), s.runtimePassword());
    }
}
