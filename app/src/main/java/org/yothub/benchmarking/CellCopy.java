package org.yothub.benchmarking;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/** Writes a release's cells into benchmark_cell with COPY (text format), inside the caller's transaction. */
final class CellCopy {
    private CellCopy() {
    }

    /** Writes the cells with COPY (the table has no row-level security), in chunks of about a megabyte. */
    static void write(Connection c, UUID id, List<ReleaseStore.Cell> cells) throws SQLException {
        CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY benchmark_cell (release_id, measure, breakdown, "
                + "breakdown_value, geography, geography_key, period, numerator, denominator, value, flag, rank, ranked_of, quartile) "
                + "FROM STDIN");
        try {
            StringBuilder chunk = new StringBuilder(1 << 20);
            for (ReleaseStore.Cell cell : cells) {
                chunk.append(id);
                for (Object v : new Object[] {cell.measure(), cell.breakdown(), cell.breakdownValue(), cell.geography(),
                        cell.geographyKey(), cell.period(), cell.numerator(), cell.denominator(), cell.value(), cell.flag(),
                        cell.rank(), cell.rankedOf(), cell.quartile()}) {
                    chunk.append('\t');
                    copyValue(chunk, v);
                }
                chunk.append('\n');
                if (chunk.length() >= 1 << 20) {
                    flush(copy, chunk);
                }
            }
            flush(copy, chunk);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    private static void flush(CopyIn copy, StringBuilder chunk) throws SQLException {
        byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        chunk.setLength(0);
    }

    /** A value in COPY text format: {@code \N} for null, backslash, tab and line breaks escaped. */
    static void copyValue(StringBuilder out, Object value) {
        if (value == null) {
            out.append("\\N");
            return;
        }
        String text = value.toString();
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
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
