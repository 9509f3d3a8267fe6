package org.yothub.volunteers;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-written SQL for the volunteer scheme's reports, run on the connection of the tenant
 * transaction in progress. Every statement must also filter {@code tenant_id = ?} with the current
 * tenant (row-level security is the second lock, not the only one).
 */
public final class SqlRows {
    private SqlRows() {
    }

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    public static <T> List<T> list(Connection c, String sql, RowMapper<T> mapper, Object... args) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Query failed: " + e.getMessage(), e);
        }
    }

    public static <T> T one(Connection c, String sql, RowMapper<T> mapper, Object... args) {
        List<T> rows = list(c, sql, mapper, args);
        return rows.isEmpty() ? null : rows.get(0);
    }

    public static int update(Connection c, String sql, Object... args) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Statement failed: " + e.getMessage(), e);
        }
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    public static BigDecimal decimal(ResultSet rs, String column) throws SQLException {
        BigDecimal d = rs.getBigDecimal(column);
        return d == null ? BigDecimal.ZERO : d.stripTrailingZeros().scale() < 0 ? d.setScale(0) : d.stripTrailingZeros();
    }

    private static void bind(PreparedStatement ps, Object[] args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            if (args[i] instanceof Object[] array) {
                ps.setArray(i + 1, ps.getConnection().createArrayOf(arrayType(array), array));
            } else {
                ps.setObject(i + 1, args[i]);
            }
        }
    }

    private static String arrayType(Object[] array) {
        return array instanceof java.util.UUID[] ? "uuid" : "text";
    }
}
