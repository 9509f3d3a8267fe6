package org.yothub.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.yothub.testing.Database;

/** Liquibase has run every changeset of migrations/ on the database, once, as the owner role. */
class MigrationsIT {

    @Test
    void everyChangesetRanOnceAsTheOwner() throws Exception {
        DatabaseSettings settings = DatabaseBootstrap.settings();
        try (Connection c = Database.owner();
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT count(*), count(DISTINCT filename || id), min(orderexecuted) FROM databasechangelog")) {
            rs.next();
            assertTrue(rs.getInt(1) >= 8, "changesets applied");
            assertEquals(rs.getInt(1), rs.getInt(2), "no changeset applied twice");
        }
        try (Connection c = Database.owner();
             ResultSet rs = c.createStatement().executeQuery("SELECT tableowner FROM pg_tables WHERE tablename = 'child'")) {
            rs.next();
            assertEquals(settings.ownerUser(), rs.getString(1));
        }
    }

    @Test
    void applyingTheChangelogAgainChangesNothing() throws Exception {
        long before;
        try (Connection c = Database.owner(); ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM databasechangelog")) {
            rs.next();
            before = rs.getLong(1);
        }
        Migrations.apply(DatabaseBootstrap.settings());
        try (Connection c = Database.owner(); ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM databasechangelog")) {
            rs.next();
            assertEquals(before, rs.getLong(1));
        }
    }
}
