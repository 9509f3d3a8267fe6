package org.yothub.volunteers.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.yothub.testing.Database;

@MicronautTest(transactional = false)
class DemoVolunteerLoaderIT {
    @Inject
    DemoVolunteerLoader loader;

    private static long rows(String table, String tenant) throws Exception {
        try (Connection c = Database.owner()) {
            c.setAutoCommit(false);
            try (PreparedStatement bind = c.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
                bind.setString(1, tenant);
                bind.execute();
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + table + " WHERE tenant_id = ?")) {
                ps.setString(1, tenant);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            } finally {
                c.rollback();
            }
        }
    }

    @Test
    void loadedTheDemoTenantsAtStartupAndLoadingAgainWritesNothing() throws Exception {
        long volunteers = rows("volunteer", "leicestershire");
        long hours = rows("volunteer_hours", "leicestershire");
        assertTrue(volunteers >= 207 + 6 + 8, "volunteers " + volunteers);
        assertTrue(rows("referral_panel", "leicestershire") > 0);
        assertTrue(rows("volunteer", "southampton") >= 48);
        assertTrue(rows("volunteer", "portsmouth") >= 36);
        assertEquals(0, loader.load("leicestershire", LocalDate.now()));
        assertEquals(volunteers, rows("volunteer", "leicestershire"));
        assertEquals(hours, rows("volunteer_hours", "leicestershire"));
    }

    @Test
    void loadsAFullSizedSchemeInUnderTwoSeconds() throws Exception {
        StringBuilder code = new StringBuilder("zzdemo");
        Random random = new Random();
        for (int i = 0; i < 8; i++) {
            code.append((char) ('a' + random.nextInt(26)));
        }
        try (Connection c = Database.owner(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO tenant (code, name, area, region) VALUES (?, 'Load test YOT', 'Nowhere', 'Nowhere')")) {
            ps.setString(1, code.toString());
            ps.executeUpdate();
        }
        DemoProfile profile = new DemoProfile(code.toString(), 207, 143, new int[] {22, 7, 5, 1}, 4, 6, 8, 3, 2013L);
        long start = System.nanoTime();
        int written = loader.load(profile, LocalDate.now());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(written > 5_000, "rows " + written);
        assertEquals(221, rows("volunteer", code.toString()));
    }
}
