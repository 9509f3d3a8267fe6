package org.yothub.measures;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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

    /** One result per period, in one pass over the tenant's outcomes. */
    Map<String, Result> compute(List<Period> periods, LocalDate asOf) {
        Map<String, Map<String, long[]>> byPeriod = new HashMap<>();
        Map<String, Long> children = new HashMap<>();
        sql.list(periods, """
                SELECT p.id, oc.outcome_group, GROUPING(oc.outcome_group) = 1 AS all_groups,
                  count(DISTINCT (o.child_id, o.outcome_date)), count(DISTINCT o.child_id)
                FROM outcome o JOIN outcome_code oc ON oc.code = o.outcome_code AND oc.outcome_group IS NOT NULL
                JOIN :period_quarters p ON p.quarter = date_trunc('quarter', o.outcome_date)::date
                WHERE o.tenant_id = :tenant AND o.outcome_date <= ? AND o.outcome_date BETWEEN :from AND :to
                GROUP BY GROUPING SETS ((p.id, oc.outcome_group), (p.id))
                """, rs -> rs.getBoolean(3) ? children.put(rs.getString(1), rs.getLong(5))
                : byPeriod.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), new long[] {rs.getLong(4), rs.getLong(5)}),
                asOf);
        Map<String, Result> out = new LinkedHashMap<>();
        for (Period period : periods) {
            Map<String, long[]> counts = byPeriod.getOrDefault(period.id(), Map.of());
            long total = GROUPS.stream().mapToLong(g -> counts.getOrDefault(g, new long[2])[0]).sum();
            List<Group> groups = new ArrayList<>();
            for (String g : GROUPS) {
                long[] c = counts.getOrDefault(g, new long[2]);
                groups.add(new Group(g, c[0], c[1], Rates.percent(c[0], total)));
            }
            out.put(period.id(), new Result(period.id(), groups, total, children.getOrDefault(period.id(), 0L)));
        }
        return out;
    }
}
