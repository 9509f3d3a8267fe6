package org.yothub.casework.demo;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.yothub.casework.importexport.CaseLevelWriter;
import org.yothub.platform.tenancy.CurrentTenant;
import org.yothub.platform.tenancy.TenantTransactional;

/**
 * Loads the demo caseload into the current tenant: generated case-level data through the bulk
 * writer, then set-based finishing touches (old cases closed, open cases allocated to the YOT's
 * case managers, statuses and parents/carers derived from the records) and the rest of each record
 * (hearings, assessments, plans with objectives and reviews, recent contacts). Idempotent.
 */
@Singleton
class DemoCaseload {
    static final LocalDate FROM = LocalDate.of(2019, 1, 1);
    static final LocalDate TO = LocalDate.of(2025, 12, 31);
    private final CaseLevelWriter writer;
    private final TransactionOperations<Connection> tx;
    private final CurrentTenant currentTenant;

    DemoCaseload(CaseLevelWriter writer, TransactionOperations<Connection> tx, CurrentTenant currentTenant) {
        this.writer = writer;
        this.tx = tx;
        this.currentTenant = currentTenant;
    }

    /** Loads {@code count} demo children unless they are there already; returns the number loaded. */
    @TenantTransactional
    public int loadIfAbsent(String prefix, long seed, int count) {
        if (count(QueryText.CASE_MANAGERS) == 0 || count(QueryText.DEMO_CHILDREN, prefix + "-%") >= count) {
            return 0;
        }
        LocalDate until = TO.isBefore(LocalDate.now().minusDays(14)) ? TO : LocalDate.now().minusDays(14);
        new CaseloadGenerator(prefix, seed, FROM, until, 3.0).generate(0, count, count, writer::write);
        for (String sql : new String[] {QueryText.CLOSE_OLD_CASES, QueryText.ALLOCATE, QueryText.INTERVENTION_STATUSES,
                QueryText.LOOKED_AFTER_STATUSES, QueryText.CARERS, QueryText.SOCIAL_WORKERS, RecordQueryText.HEARINGS,
                RecordQueryText.ASSESSMENTS_AND_PLANS, RecordQueryText.OBJECTIVES, RecordQueryText.SIGN_OFFS,
                RecordQueryText.REVIEWS, RecordQueryText.CONTACTS}) {
            update(sql, prefix + "-%");
        }
        return count;
    }

    private long count(String sql, String... pattern) {
        try (PreparedStatement ps = prepare(sql, pattern.length == 0 ? null : pattern[0]); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Demo caseload query failed", e);
        }
    }

    private void update(String sql, String pattern) {
        try (PreparedStatement ps = prepare(sql, pattern)) {
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Demo caseload update failed: " + e.getMessage(), e);
        }
    }

    /** Binds the named parameters {@code :tenant} (the current tenant) and {@code :pattern}. */
    private PreparedStatement prepare(String sql, String pattern) throws SQLException {
        java.util.List<String> values = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(":(tenant|pattern)\\b").matcher(sql);
        StringBuilder jdbc = new StringBuilder();
        while (m.find()) {
            values.add("tenant".equals(m.group(1)) ? currentTenant.require() : pattern);
            m.appendReplacement(jdbc, "?");
        }
        m.appendTail(jdbc);
        PreparedStatement ps = tx.getConnection().prepareStatement(jdbc.toString());
        for (int i = 0; i < values.size(); i++) {
            ps.setString(i + 1, values.get(i));
        }
        return ps;
    }
}
