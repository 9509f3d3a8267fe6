package org.yothub.platform.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Scope;
import liquibase.ui.LoggerUIService;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** Applies the changelogs of {@code migrations/} (on the classpath under db/migrations) as the owner role. */
final class Migrations {
    static final String CHANGELOG = "db/migrations/changelog-master.xml";

    private Migrations() {
    }

    @SuppressWarnings("deprecation") // the Liquibase facade is the smallest stable API for one update
    static void apply(DatabaseSettings settings) {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
        try (Connection c = DriverManager.getConnection(settings.jdbcUrl(), settings.ownerUser(), settings.ownerPassword())) {
            Database db = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            Liquibase liquibase = new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(Migrations.class.getClassLoader()), db);
            liquibase.setChangeLogParameter("runtime_role", settings.runtimeUser());
            Scope.child(Scope.Attr.ui.name(), new LoggerUIService(),
                    () -> liquibase.update(new Contexts(), new LabelExpression()));
        } catch (Exception e) {
            throw new IllegalStateException("Database migration failed: " + e.getMessage(), e);
        }
    }
}
