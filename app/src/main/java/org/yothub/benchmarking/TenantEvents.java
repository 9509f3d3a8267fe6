package org.yothub.benchmarking;

import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.yothub.platform.tenancy.CurrentTenant;
import org.yothub.platform.tenancy.TenantTransactional;

/**
 * Reads one tenant's dated events with the three breakdown attributes, inside that tenant's own
 * row-level-security scope. Child ids stay inside the release job's memory for the one tenant
 * being aggregated; only counts leave it. Definitions are those of the measures feature (§4a).
 */
@Singleton
class TenantEvents {
    private final TransactionOperations<Connection> tx;
    private final CurrentTenant currentTenant;
    private final JsonMapper json;

    TenantEvents(TransactionOperations<Connection> tx, CurrentTenant currentTenant, JsonMapper json) {
        this.tx = tx;
        this.currentTenant = currentTenant;
        this.json = json;
    }

    /** A dated event of one child with its breakdown attributes; {@code flag} is measure-specific. */
    record Event(LocalDate date, String sex, String ethnicity, String ageBand, boolean flag) { }

    /** A child's index event and the proven offences that may count as reoffences. */
    record IndexEvent(UUID child, LocalDate date, String sex, String ethnicity, String ageBand) { }

    record ProvenOffence(UUID child, LocalDate offenceDate, LocalDate provenDate) { }

    record Population(long total, Map<String, Long> bySex, Map<String, Long> byEthnicity) { }

    record Snapshot(List<Event> firstTimeEntrants, List<Event> sentencingOccasions, List<IndexEvent> indexEvents,
                    Map<UUID, List<ProvenOffence>> provenOffences, List<Event> endedInterventions,
                    Map<Integer, Population> populations) { }

    @TenantTransactional(readOnly = true)
    Snapshot load() {
        String tenant = currentTenant.require();
        List<Event> fte = events("""
                SELECT outcome_date, sex, ethnicity, extract(year FROM age(offence_date, date_of_birth))::int, true FROM (
                  SELECT DISTINCT ON (o.child_id) o.outcome_date, f.offence_date, c.date_of_birth, c.sex, c.ethnicity
                  FROM outcome o JOIN outcome_code oc ON oc.code = o.outcome_code AND oc.substantive
                  JOIN offence f ON f.tenant_id = o.tenant_id AND f.id = o.offence_id AND f.child_id = o.child_id
                  JOIN child c ON c.tenant_id = o.tenant_id AND c.id = o.child_id
                  WHERE o.tenant_id = ? ORDER BY o.child_id, o.outcome_date, f.offence_date) x
                WHERE offence_date >= date_of_birth + interval '10 years' AND offence_date < date_of_birth + interval '18 years'
                """, tenant);
        List<Event> occasions = events("""
                SELECT o.outcome_date, c.sex, c.ethnicity, extract(year FROM age(o.outcome_date, c.date_of_birth))::int, bool_or(oc.custodial)
                FROM outcome o JOIN outcome_code oc ON oc.code = o.outcome_code AND oc.court
                JOIN child c ON c.tenant_id = o.tenant_id AND c.id = o.child_id
                WHERE o.tenant_id = ? GROUP BY o.child_id, o.outcome_date, c.sex, c.ethnicity, c.date_of_birth
                """, tenant);
        List<IndexEvent> index = new ArrayList<>();
        query("""
                SELECT o.child_id, CASE WHEN oc.custodial THEN o.release_date ELSE o.outcome_date END AS d, c.sex, c.ethnicity, c.date_of_birth
                FROM outcome o JOIN outcome_code oc ON oc.code = o.outcome_code AND oc.substantive
                JOIN child c ON c.tenant_id = o.tenant_id AND c.id = o.child_id
                WHERE o.tenant_id = ? AND (NOT oc.custodial OR o.release_date IS NOT NULL) ORDER BY 1, 2
                """, rs -> {
            LocalDate d = rs.getDate(2).toLocalDate();
            index.add(new IndexEvent(rs.getObject(1, UUID.class), d, rs.getString(3), rs.getString(4),
                    Breakdown.ageBand(java.time.Period.between(rs.getDate(5).toLocalDate(), d).getYears())));
        }, tenant);
        Map<UUID, List<ProvenOffence>> proven = new HashMap<>();
        query("""
                SELECT f.child_id, f.offence_date, min(o.outcome_date) FROM offence f
                JOIN outcome o ON o.tenant_id = f.tenant_id AND o.offence_id = f.id AND o.child_id = f.child_id
                JOIN outcome_code oc ON oc.code = o.outcome_code AND oc.substantive
                WHERE f.tenant_id = ? GROUP BY f.id, f.child_id, f.offence_date
                """, rs -> proven.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                .add(new ProvenOffence(rs.getObject(1, UUID.class), rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate())), tenant);
        List<Event> ended = events("""
                SELECT i.end_date, c.sex, c.ethnicity, extract(year FROM age(i.end_date, c.date_of_birth))::int,
                  (i.ete_status_at_end IN ('education','training','employment') AND i.ete_hours_at_end >=
                    CASE WHEN i.end_date < c.date_of_birth + interval '16 years' THEN 25 ELSE 16 END) IS TRUE
                FROM intervention i JOIN child c ON c.tenant_id = i.tenant_id AND c.id = i.child_id
                WHERE i.tenant_id = ? AND i.end_date IS NOT NULL
                """, tenant);
        Map<Integer, Population> populations = new HashMap<>();
        query("SELECT year, total, by_sex::text, by_ethnicity::text FROM tenant_population WHERE tenant_id = ?",
                rs -> populations.put(rs.getInt(1), new Population(rs.getLong(2), counts(rs.getString(3)), counts(rs.getString(4)))),
                tenant);
        return new Snapshot(fte, occasions, index, proven, ended, populations);
    }

    interface RowHandler {
        void handle(ResultSet rs) throws SQLException;
    }

    private void query(String sql, RowHandler handler, String tenant) {
        try (PreparedStatement ps = tx.getConnection().prepareStatement(sql)) {
            ps.setString(1, tenant);
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    handler.handle(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Benchmark aggregation query failed", e);
        }
    }

    private List<Event> events(String sql, String tenant) {
        List<Event> out = new ArrayList<>();
        query(sql, rs -> out.add(new Event(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getString(3),
                Breakdown.ageBand(rs.getInt(4)), rs.getBoolean(5))), tenant);
        return out;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> counts(String text) {
        if (text == null) {
            return Map.of();
        }
        try {
            Map<String, Object> raw = json.readValue(text, Map.class);
            Map<String, Long> out = new HashMap<>();
            raw.forEach((k, v) -> out.put(k, ((Number) v).longValue()));
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
