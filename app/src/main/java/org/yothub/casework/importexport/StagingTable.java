package org.yothub.casework.importexport;

import io.micronaut.data.exceptions.DataAccessException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Function;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * A temporary table of one file's rows, filled with {@code COPY ... FROM STDIN} (text format) on
 * the transaction's connection and dropped at its end ({@code ON COMMIT DROP}, and with the
 * transaction when it rolls back). Temporary tables belong to the session, have no row-level
 * security and hold only rows that were already validated; the set-based statements then move
 * them into the tenant's tables, where row-level security checks every row.
 *
 * <p>{@code columns} is the column list of {@code CREATE TABLE} ({@code "id uuid, ref text"});
 * each row gives its values in that order: {@link String}, {@link java.util.UUID},
 * {@link java.time.LocalDate}, {@link Boolean}, {@link Number} or {@code null}.
 */
final class StagingTable {
    private static final int FLUSH_CHARS = 1 << 16;
    private final String name;

    private StagingTable(String name) {
        this.name = name;
    }

    /** Creates (or replaces, when an earlier batch of this transaction made it) the table and copies the rows in. */
    static <T> StagingTable load(Connection c, String name, String columns, List<T> rows, Function<T, Object[]> values) {
        try (Statement st = c.createStatement()) {
            st.execute("DROP TABLE IF EXISTS pg_temp." + name);
            st.execute("CREATE TEMP TABLE " + name + " (" + columns + ") ON COMMIT DROP");
        } catch (SQLException e) {
            throw new DataAccessException("Could not create the staging table " + name + ": " + e.getMessage(), e);
        }
        StagingTable table = new StagingTable(name);
        table.copy(c, rows, values);
        return table;
    }

    String name() {
        return name;
    }

    private <T> void copy(Connection c, List<T> rows, Function<T, Object[]> values) {
        if (rows.isEmpty()) {
            return;
        }
        CopyIn in = null;
        try {
            in = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + name + " FROM STDIN");
            StringBuilder buf = new StringBuilder(FLUSH_CHARS + 1024);
            for (T row : rows) {
                line(buf, values.apply(row));
                if (buf.length() >= FLUSH_CHARS) {
                    send(in, buf);
                }
            }
            send(in, buf);
            in.endCopy();
            in = null;
        } catch (SQLException e) {
            throw new DataAccessException("Could not stage rows into " + name + ": " + e.getMessage(), e);
        } finally {
            cancel(in);
        }
    }

    private static void send(CopyIn in, StringBuilder buf) throws SQLException {
        byte[] bytes = buf.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        buf.setLength(0);
    }

    private static void cancel(CopyIn in) {
        if (in != null && in.isActive()) {
            try {
                in.cancelCopy();
            } catch (SQLException ignored) {
                // The transaction fails anyway; the original exception is the one reported.
            }
        }
    }

    /** One line of COPY text format: tab-separated, {@code \N} for null, backslash escapes. */
    static void line(StringBuilder out, Object[] values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append('\t');
            }
            Object v = values[i];
            if (v == null) {
                out.append("\\N");
            } else if (v instanceof String s) {
                escape(out, s);
            } else if (v instanceof Boolean b) {
                out.append(b ? 't' : 'f');
            } else if (v instanceof BigDecimal d) {
                out.append(d.toPlainString());
            } else {
                out.append(v);
            }
        }
        out.append('\n');
    }

    private static void escape(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(ch);
            }
        }
    }
}
