package org.yothub.measures;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Disposals table (domain.md §4a; seed 000 §4, seed 001 table 9), by outcome group: out-of-court
 * (CR, NFA_O23), cautions (YC, YCC), first-tier (DISCH, FINE, RO, REP), community (YRO, YRO_ISS),
 * custody (DTO, S250). Disposals = distinct (child, outcome date, group); children = distinct
 * children; percent = group disposals / all disposals × 100. Prevention (PREV) is not a disposal.
 */
@Singleton
public class Disposals {
    static final List<String> GROUPS = List.of("out_of_court", "cautions", "first_tier", "community", "custody");
    private final MeasureSql sql;

    Disposals(MeasureSql sql) {
        this.sql = sql;
    }

    @Serdeable
    public record Group(String group, long disposals, long children, Double percent) { }

    @Serdeable
    public record Result(String period, List<Group> groups, long totalDisposals, long totalChildren) { }

    Result compute(Period period, LocalDate asOf) {
        Map<String, long[]> counts = new LinkedHashMap<>();
        GROUPS.forEach(g -> counts.put(g, new long[2]));
        sql.list("""
                SELECT oc.outcome_group, count(DISTINCT (o.child_id, o.outcome_date)), count(DISTINCT o.child_id)
                FROM outcome o JOIN outcome_code oc ON oc.code = o.outcome_code AND oc.outcome_group IS NOT NULL
                WHERE o.tenant_id = :tenant AND o.outcome_date BETWEEN ? AND ? AND o.outcome_date <= ?
                GROUP BY oc.outcome_group
                """, rs -> counts.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)}),
                period.start(), period.end(), asOf);
        long total = counts.values().stream().mapToLong(c -> c[0]).sum();
        long children = sql.one("""
                SELECT count(DISTINCT o.child_id) FROM outcome o
                JOIN outcome_code oc ON oc.code = o.outcome_code AND oc.outcome_group IS NOT NULL
                WHERE o.tenant_id = :tenant AND o.outcome_date BETWEEN ? AND ? AND o.outcome_date <= ?
                """, rs -> rs.getLong(1), period.start(), period.end(), asOf);
        List<Group> groups = new ArrayList<>();
        counts.forEach((g, c) -> groups.add(new Group(g, c[0], c[1], Rates.percent(c[0], total))));
        return new Result(period.id(), groups, total, children);
    }
}
