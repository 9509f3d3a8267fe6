package org.yothub.plans.batch;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads and writes the platform tables plan_batch and plan_batch_tenant (no tenant data, so no
 * tenant transaction): one row per batch with its counts, one row per YOT as it finishes.
 */
@Singleton
public class PlanBatchStore {
    private static final String COLUMNS = "id, plan_year, status, requested_by, threads, total_tenants, done, failed, "
            + "started_at, finished_at, failure";
    private final TransactionOperations<Connection> tx;

    PlanBatchStore(TransactionOperations<Connection> tx) {
        this.tx = tx;
    }

    /** How one YOT went: rendered or failed, in how many milliseconds, and why it failed. */
    public record TenantTiming(String tenantCode, String outcome, long millis, String message) { }

    private interface Statement<T> {
        T run(Connection c) throws SQLException;
    }

    UUID begin(int planYear, int totalTenants, int threads, String requestedBy) {
        UUID id = UUID.randomUUID();
        write(c -> update(c, "INSERT INTO plan_batch (id, plan_year, status, requested_by, threads, total_tenants, started_at) "
                + "VALUES (?, ?, 'running', ?, ?, ?, ?)", id, planYear, requestedBy, threads, totalTenants, Timestamp.from(Instant.now())));
        return id;
    }

    /** Records one YOT as finished ({@code failure} null when rendered) and counts it, in one transaction. */
    void tenantFinished(UUID id, String tenantCode, long millis, String failure) {
        write(c -> {
            update(c, "INSERT INTO plan_batch_tenant (batch_id, tenant_code, outcome, millis, message, finished_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", id, tenantCode, failure == null ? "rendered" : "failed", millis, failure,
                    Timestamp.from(Instant.now()));
            return update(c, failure == null ? "UPDATE plan_batch SET done = done + 1 WHERE id = ?"
                    : "UPDATE plan_batch SET failed = failed + 1 WHERE id = ?", id);
        });
    }

    void finish(UUID id) {
        write(c -> update(c, "UPDATE plan_batch SET status = 'finished', finished_at = ? WHERE id = ? AND status = 'running'",
                Timestamp.from(Instant.now()), id));
    }

    void fail(UUID id, String reason) {
        write(c -> update(c, "UPDATE plan_batch SET status = 'failed', failure = ?, finished_at = ? WHERE id = ?",
                reason, Timestamp.from(Instant.now()), id));
    }

    public Optional<PlanBatchView> find(UUID id) {
        return read(c -> batches(c, "SELECT " + COLUMNS + " FROM plan_batch WHERE id = ?", id)).stream().findFirst();
    }

    /** The most recent batches, newest first. */
    public List<PlanBatchView> recent(int limit) {
        return read(c -> batches(c, "SELECT " + COLUMNS + " FROM plan_batch ORDER BY started_at DESC, id LIMIT ?", limit));
    }

    /** Every YOT finished in a batch, in the order they finished. */
    public List<TenantTiming> timings(UUID id) {
        return read(c -> {
            List<TenantTiming> out = new ArrayList<>();
            try (ResultSet rs = query(c, "SELECT tenant_code, outcome, millis, message FROM plan_batch_tenant WHERE batch_id = ? "
                    + "ORDER BY finished_at, tenant_code", id)) {
                while (rs.next()) {
                    out.add(new TenantTiming(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4)));
                }
            }
            return out;
        });
    }

    private static List<PlanBatchView> batches(Connection c, String sql, Object arg) throws SQLException {
        List<PlanBatchView> out = new ArrayList<>();
        try (ResultSet rs = query(c, sql, arg)) {
            while (rs.next()) {
                UUID id = rs.getObject("id", UUID.class);
                Instant started = rs.getTimestamp("started_at").toInstant();
                Timestamp finishedAt = rs.getTimestamp("finished_at");
                Instant finished = finishedAt == null ? null : finishedAt.toInstant();
                out.add(new PlanBatchView(id, rs.getInt("plan_year"), rs.getString("status"), rs.getString("requested_by"),
                        rs.getInt("threads"), rs.getInt("total_tenants"), rs.getInt("done"), rs.getInt("failed"), started,
                        finished, PlanBatchView.elapsed(started, finished), rs.getString("failure"), List.of()));
            }
        }
        List<PlanBatchView> withFailures = new ArrayList<>();
        for (PlanBatchView b : out) {
            withFailures.add(b.failed() == 0 ? b : withFailures(c, b));
        }
        return withFailures;
    }

    private static PlanBatchView withFailures(Connection c, PlanBatchView b) throws SQLException {
        List<PlanBatchView.Failure> failures = new ArrayList<>();
        try (ResultSet rs = query(c, "SELECT tenant_code, message FROM plan_batch_tenant WHERE batch_id = ? AND outcome = 'failed' "
                + "ORDER BY tenant_code", b.id())) {
            while (rs.next()) {
                failures.add(new PlanBatchView.Failure(rs.getString(1), rs.getString(2)));
            }
        }
        return new PlanBatchView(b.id(), b.planYear(), b.status(), b.requestedBy(), b.threads(), b.totalTenants(), b.done(),
                b.failed(), b.startedAt(), b.finishedAt(), b.elapsedSeconds(), b.failure(), List.copyOf(failures));
    }

    private <T> T write(Statement<T> work) {
        return tx.executeWrite(s -> work.run(s.getConnection()));
    }

    private <T> T read(Statement<T> work) {
        return tx.executeRead(s -> work.run(s.getConnection()));
    }

    private static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args)) {
            return ps.executeUpdate();
        }
    }

    /** A query whose statement closes with its result set. */
    private static ResultSet query(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement ps = prepare(c, sql, args);
        ps.closeOnCompletion();
        return ps.executeQuery();
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
        }
        return ps;
    }
}
