package org.yothub.plans;

import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yothub.platform.tenancy.CurrentTenant;

/**
 * Runs the plans feature's SQL on the current tenant transaction (callers are
 * {@code @TenantTransactional}). Every {@code :tenant} placeholder is bound to the current tenant,
 * so each statement filters by tenant explicitly on top of row-level security.
 */
@Singleton
public class PlanSql {
    private final TransactionOperations<Connection> tx;
    private final CurrentTenant currentTenant;

    PlanSql(TransactionOperations<Connection> tx, CurrentTenant currentTenant) {
        this.tx = tx;
        this.currentTenant = currentTenant;
    }

    /** Maps one result row. */
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    public <T> List<T> list(String sql, Row<T> row, Object... args) {
        try (PreparedStatement ps = prepare(sql, args); ResultSet rs = ps.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(row.map(rs));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("Plans query failed: " + e.getMessage(), e);
        }
    }

    public <T> Optional<T> one(String sql, Row<T> row, Object... args) {
        List<T> all = list(sql, row, args);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    public int update(String sql, Object... args) {
        try (PreparedStatement ps = prepare(sql, args)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Plans update failed: " + e.getMessage(), e);
        }
    }

    /** An update guarded by the row's version: no row changed means someone else changed it first (409). */
    public void updateVersioned(String what, String sql, Object... args) {
        if (update(sql, args) == 0) {
            throw new OptimisticLockException(what + " was changed by someone else; reload and try again");
        }
    }

    private PreparedStatement prepare(String sql, Object... args) throws SQLException {
        String tenant = currentTenant.require();
        List<Object> params = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int argIndex = 0;
        for (int i = 0; i < sql.length(); i++) {
            if (sql.startsWith(":tenant", i)) {
                text.append('?');
                params.add(tenant);
                i += ":tenant".length() - 1;
            } else if (sql.charAt(i) == '?') {
                text.append('?');
                params.add(args[argIndex++]);
            } else {
                text.append(sql.charAt(i));
            }
        }
        PreparedStatement ps = tx.getConnection().prepareStatement(text.toString());
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            if (p instanceof LocalDate d) {
                ps.setDate(i + 1, Date.valueOf(d));
            } else if (p instanceof Instant t) {
                ps.setTimestamp(i + 1, Timestamp.from(t));
            } else if (p instanceof BigDecimal b) {
                ps.setBigDecimal(i + 1, b);
            } else {
                ps.setObject(i + 1, p);
            }
        }
        return ps;
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
