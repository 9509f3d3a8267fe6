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
import org.postgresql.PGStatement;
import org.yothub.platform.tenancy.CurrentTenant;

/**
 * Runs the measures' SQL on the current tenant transaction. Every statement binds the tenant id
 * wherever it says {@code :tenant}, so each query filters by tenant explicitly on top of
 * row-level security, and the periods it is asked for wherever it says {@code :periods} or
 * {@code :period_quarters}; {@code :from} and {@code :to} are the first and last day they cover,
 * so a query can read only the rows in that range through its date index.
 * <p>
 * Every statement is planned for the values it runs with (never as a server-side prepared
 * statement whose plan is cached for the connection): a plan made once for any tenant and any
 * periods cannot see how many periods there are or how many rows the tenant has in their range,
 * and such a generic plan joined the reoffending cohort to the proven offences by a nested loop,
 * hundreds of times slower than the hash join planned for the actual values.
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

    /**
     * For the rest of the transaction, plans joins without nested loops: every query of a recompute
     * reads a whole YOT's rows over the periods, where hash joins are the right plan, and a nested
     * loop is chosen only when the planner underestimates a join (each period joined to events by
     * their quarter is estimated at a fraction of its rows).
     */
    void forWholeTenantReads() {
        try (PreparedStatement ps = tx.getConnection().prepareStatement("SET LOCAL enable_nestloop = off")) {
            ps.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set the planner for a recompute", e);
        }
    }

    /** Runs {@code sql}; every {@code :tenant} placeholder is bound to the current tenant. */
    <T> List<T> list(String sql, Row<T> row, Object... args) {
        return list(List.of(), sql, row, args);
    }

    /**
     * Runs {@code sql} for several periods at once: every {@code :periods} placeholder becomes a
     * relation {@code (id, start_date, end_date)} of {@code periods}, so a measure joins its events
     * to the periods they fall in and groups by period id, reading the tenant's rows once.
     */
    <T> List<T> list(List<Period> periods, String sql, Row<T> row, Object... args) {
        String tenant = currentTenant.require();
        List<Object> params = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int argIndex = 0;
        for (int i = 0; i < sql.length(); i++) {
            if (sql.startsWith("::", i)) {
                text.append("::");
                i++;
            } else if (sql.startsWith(":tenant", i)) {
                text.append('?');
                params.add(tenant);
                i += ":tenant".length() - 1;
            } else if (sql.startsWith(":from", i) || sql.startsWith(":to", i)) {
                boolean from = sql.startsWith(":from", i);
                text.append("?::date");
                params.add(from ? periods.stream().map(Period::start).min(LocalDate::compareTo).orElseThrow()
                        : periods.stream().map(Period::end).max(LocalDate::compareTo).orElseThrow());
                i += (from ? ":from" : ":to").length() - 1;
            } else if (sql.startsWith(":period_quarters", i)) {
                text.append(PERIOD_QUARTERS);
                params.add(new PeriodColumn(periods, 3));
                params.add(new PeriodColumn(periods, 4));
                i += ":period_quarters".length() - 1;
            } else if (sql.startsWith(":periods", i)) {
                text.append(PERIODS);
                params.add(new PeriodColumn(periods, 0));
                params.add(new PeriodColumn(periods, 1));
                params.add(new PeriodColumn(periods, 2));
                i += ":periods".length() - 1;
            } else if (sql.charAt(i) == '?') {
                text.append('?');
                params.add(args[argIndex++]);
            } else {
                text.append(sql.charAt(i));
            }
        }
        try (PreparedStatement ps = tx.getConnection().prepareStatement(text.toString())) {
            ps.unwrap(PGStatement.class).setPrepareThreshold(0);
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, bindable(ps.getConnection(), params.get(i)));
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

    private static final String PERIODS = "(SELECT * FROM unnest(?::text[], ?::date[], ?::date[]) AS periods(id, start_date, end_date))";
    /**
     * One row (id, quarter) per quarter of each period: every period is whole calendar quarters,
     * so an event joins its periods by equality on its quarter, {@code date_trunc('quarter', d)::date}.
     */
    private static final String PERIOD_QUARTERS = "(SELECT * FROM unnest(?::text[], ?::date[]) AS period_quarters(id, quarter))";

    /** One column (0 id, 1 start, 2 end) of the periods relation, or (3 id, 4 quarter) of the period quarters. */
    private record PeriodColumn(List<Period> periods, int column) { }

    private static Object bindable(Connection connection, Object p) throws SQLException {
        if (p instanceof LocalDate d) {
            return Date.valueOf(d);
        }
        if (p instanceof PeriodColumn c) {
            Object[] values = switch (c.column()) {
                case 0 -> c.periods().stream().map(Period::id).toArray();
                case 1 -> c.periods().stream().map(x -> Date.valueOf(x.start())).toArray();
                case 2 -> c.periods().stream().map(x -> Date.valueOf(x.end())).toArray();
                case 3 -> c.periods().stream().flatMap(x -> x.quarterStarts().stream().map(q -> x.id())).toArray();
                default -> c.periods().stream().flatMap(x -> x.quarterStarts().stream().map(Date::valueOf)).toArray();
            };
            return connection.createArrayOf(c.column() == 0 || c.column() == 3 ? "text" : "date", values);
        }
        return p;
    }

    <T> T one(String sql, Row<T> row, Object... args) {
        return list(sql, row, args).get(0);
    }
}
