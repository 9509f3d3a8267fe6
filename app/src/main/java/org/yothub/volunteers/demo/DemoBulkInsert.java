package org.yothub.volunteers.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * Inserts demo rows with multi-row {@code INSERT ... VALUES (...), (...)} statements of up to
 * 30,000 parameters each, adding the tenant id first; rows whose key already exists are skipped.
 */
final class DemoBulkInsert {
    private static final int MAX_PARAMETERS = 30_000;

    private DemoBulkInsert() {
    }

    static int insert(Connection c, String tenant, DemoTable table) {
        if (table.rows().isEmpty()) {
            return 0;
        }
        int width = table.columns().size() + 1;
        int chunk = Math.max(1, MAX_PARAMETERS / width);
        String head = "INSERT INTO " + table.name() + " (tenant_id, " + String.join(", ", table.columns()) + ") VALUES ";
        String tuple = "(" + String.join(", ", Collections.nCopies(width, "?")) + ")";
        int written = 0;
        for (int from = 0; from < table.rows().size(); from += chunk) {
            List<Object[]> rows = table.rows().subList(from, Math.min(table.rows().size(), from + chunk));
            String sql = head + String.join(", ", Collections.nCopies(rows.size(), tuple)) + " ON CONFLICT DO NOTHING";
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int p = 1;
                for (Object[] row : rows) {
                    ps.setString(p++, tenant);
                    for (Object value : row) {
                        ps.setObject(p++, value);
                    }
                }
                written += ps.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException("Could not load demo rows into " + table.name() + ": " + e.getMessage(), e);
            }
        }
        return written;
    }
}
