package org.yothub.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import org.postgresql.PGConnection;
import org.yothub.bench.CaseRecords.Row;
import org.yothub.bench.CaseRecords.Table;

/**
 * Loads one tenant's rows in the tenant's own transaction as the owner role. Row-level security
 * is forced even for the owner and PostgreSQL refuses {@code COPY FROM} into a table with
 * row-level security, so each table's rows are copied into a temporary table first and then
 * inserted set-based ({@code INSERT ... SELECT}), which the tenant policy checks row by row.
 */
final class CopyLoader {
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final Map<Table, StringBuilder> buffers = new EnumMap<>(Table.class);
    private final Map<Table, Long> counts = new EnumMap<>(Table.class);
    private final String tenant;

    CopyLoader(String tenant) {
        this.tenant = tenant;
    }

    void add(Row row) {
        StringBuilder b = buffers.computeIfAbsent(row.table(), t -> new StringBuilder(1 << 16));
        b.append(tenant);
        for (Object v : row.values()) {
            b.append('\t');
            text(b, v);
        }
        b.append('\n');
        counts.merge(row.table(), 1L, Long::sum);
    }

    Map<Table, Long> counts() {
        return counts;
    }

    /** Binds the transaction to the tenant (call first, with auto-commit off). */
    static void bind(Connection c, String tenant) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
            ps.setString(1, tenant);
            ps.execute();
        }
    }

    /** Writes the buffered rows in foreign-key order inside the open transaction. */
    void flush(Connection c) throws SQLException, IOException {
        PGConnection pg = c.unwrap(PGConnection.class);
        for (Table t : Table.values()) {
            StringBuilder b = buffers.get(t);
            if (b == null || b.isEmpty()) {
                continue;
            }
            String stage = "stage_" + t.tableName();
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TEMP TABLE " + stage + " (LIKE " + t.tableName() + " INCLUDING DEFAULTS) ON COMMIT DROP");
            }
            byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
            buffers.remove(t);
            pg.getCopyAPI().copyIn("COPY " + stage + " (" + t.columns() + ") FROM STDIN", new ByteArrayInputStream(bytes));
            try (Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO " + t.tableName() + " (" + t.columns() + ") SELECT " + t.columns() + " FROM " + stage);
                st.execute("DROP TABLE " + stage);
            }
        }
    }

    /** COPY text format: tab-separated, {@code \N} for null, backslash escapes. */
    private static void text(StringBuilder b, Object v) {
        if (v == null) {
            b.append("\\N");
        } else if (v instanceof Boolean x) {
            b.append(x ? 't' : 'f');
        } else if (v instanceof LocalDateTime x) {
            b.append(TIMESTAMP.format(x));
        } else if (v instanceof BigDecimal x) {
            b.append(x.toPlainString());
        } else {
            String s = v.toString();
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                switch (ch) {
                    case '\\' -> b.append("\\\\");
                    case '\t' -> b.append("\\t");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    default -> b.append(ch);
                }
            }
        }
    }
}
