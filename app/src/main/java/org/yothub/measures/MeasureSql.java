package org.yothub.measures;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.yothub.platform.tenancy.CurrentTenant;

/**
 * Runs the measures' SQL on the current tenant transaction. Every statement takes the tenant id
 * as its first parameter ({@code ?tenant}), so each query filters by tenant explicitly on top of
 * row-level security.
 */
@Singleton
class MeasureSql {
    private final TransactionOperations<Connection> tx;
    private final CurrentTenant currentTenant;

    MeasureSql(TransactionOperations<Connection> tx, CurrentTenant currentTenant) {
        this.tx = tx;
        this.currentTenant = currentTenant;
    }

    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Runs {@code sql}; every {@code :tenant} placeholder is bound to the current tenant. */
    <T> List<T> list(String sql, Row<T> row, Object... args) {
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
        try (PreparedStatement ps = tx.getConnection().prepareStatement(text.toString())) {
            for (int i = 0; i < params.size(); i++) {
                Object p = params.get(i);
                ps.setObject(i + 1, p instanceof LocalDate d ? Date.valueOf(d) : p);
            }
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row.map(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("Measure query failed: " + e.getMessage(), e);
        }
    }

    <T> T one(String sql, Row<T> row, Object... args) {
        return list(sql, row, args).get(0);
    }
}
