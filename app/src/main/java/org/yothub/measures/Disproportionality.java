package org.yothub.measures;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Disproportionality (domain.md §4): for each top-level ethnic group, its share of the children
 * counted by a measure divided by its share of the tenant's 10-17 population (relative rate index,
 * RRI). Children of unknown ethnicity are left out of both shares. A group with RRI above 1 is
 * over-represented. Measures: caseload (children with an intervention open at any time in the
 * period), first time entrants, and children with a custodial sentencing occasion.
 */
@Singleton
public class Disproportionality {
    static final List<String> GROUPS = List.of("White", "Mixed", "Asian", "Black", "Other");
    /**
     * Children with an intervention open at any time in each of {@code :period_quarters}, by
     * ethnicity; binds as-of. Every period is whole quarters, so an intervention (open from its
     * start date to its end date, or still open) is open in a period when it is open in one of the
     * period's quarters: each intervention read in the periods' range is expanded into the quarters
     * it is open in (from the quarter of its start, or of {@code :from}, to the quarter of its end,
     * or of {@code :to}), and each child counted once per period.
     */
    static final String CASELOAD = """
            WITH open_quarters AS MATERIALIZED (
              SELECT i.child_id, q::date AS quarter
              FROM intervention i, generate_series(date_trunc('quarter', greatest(i.start_date, :from)::timestamp),
                  least(coalesce(i.end_date, :to), :to)::timestamp, interval '3 months') q
              WHERE i.tenant_id = :tenant AND i.start_date <= ? AND i.start_date <= :to
                AND (i.end_date IS NULL OR i.end_date >= :from))
            SELECT pc.period_id, c.ethnicity, count(*) FROM (
              SELECT DISTINCT p.id AS period_id, o.child_id FROM open_quarters o JOIN :period_quarters p ON p.quarter = o.quarter) pc
            JOIN child c ON c.tenant_id = :tenant AND c.id = pc.child_id
            GROUP BY pc.period_id, c.ethnicity
            """;
    private final MeasureSql sql;
    private final FirstTimeEntrants fte;
    private final Custody custody;

    Disproportionality(MeasureSql sql, FirstTimeEntrants fte, Custody custody) {
        this.sql = sql;
        this.fte = fte;
        this.custody = custody;
    }

    @Serdeable
    public record Group(String ethnicity, long children, Double shareOfMeasure, Double shareOfPopulation,
                 Double relativeRateIndex, boolean overRepresented) { }

    @Serdeable
    public record Measure(String measure, long knownEthnicity, long unknownEthnicity, List<Group> groups) { }

    @Serdeable
    public record Result(String period, boolean populationSplitKnown, List<Measure> measures) { }

    /** One result per period: each of the three measures counted by ethnicity in one pass for all periods. */
    Map<String, Result> compute(List<Period> periods, LocalDate asOf, Function<Period, Map<String, Integer>> populationByEthnicity) {
        return compute(periods, asOf, populationByEthnicity, fte.countByEthnicity(periods, asOf),
                custody.count(periods, asOf).custodialChildrenByEthnicity());
    }

    /**
     * As {@link #compute(List, LocalDate, Function)}, with the first-time entrants and the children
     * with a custodial sentencing occasion already counted by ethnicity (period id → ethnicity → count).
     */
    Map<String, Result> compute(List<Period> periods, LocalDate asOf, Function<Period, Map<String, Integer>> populationByEthnicity,
                                Map<String, Map<String, Long>> fteByEthnicity, Map<String, Map<String, Long>> custodyByEthnicity) {
        Map<String, Map<String, Long>> caseload = counts(periods, CASELOAD, asOf);
        Map<String, Result> out = new LinkedHashMap<>();
        for (Period period : periods) {
            Map<String, Integer> population = populationByEthnicity.apply(period);
            String id = period.id();
            out.put(id, new Result(id, !population.isEmpty(), List.of(
                    measure("caseload", caseload.getOrDefault(id, Map.of()), population),
                    measure("first_time_entrants", fteByEthnicity.getOrDefault(id, Map.of()), population),
                    measure("custody", custodyByEthnicity.getOrDefault(id, Map.of()), population))));
        }
        return out;
    }

    /** period id → ethnicity → count, from rows (period id, ethnicity, count). */
    private Map<String, Map<String, Long>> counts(List<Period> periods, String query, Object... args) {
        Map<String, Map<String, Long>> out = new HashMap<>();
        sql.list(periods, query, rs -> out.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getLong(3)), args);
        return out;
    }

    static Measure measure(String name, Map<String, Long> counts, Map<String, Integer> population) {
        long known = GROUPS.stream().mapToLong(g -> counts.getOrDefault(g, 0L)).sum();
        long popKnown = GROUPS.stream().mapToLong(g -> population.getOrDefault(g, 0)).sum();
        List<Group> groups = new ArrayList<>();
        for (String g : GROUPS) {
            long n = counts.getOrDefault(g, 0L);
            Double share = Rates.ratio(n, known, 1);
            Double popShare = Rates.ratio(population.getOrDefault(g, 0), popKnown, 1);
            Double rri = share == null || popShare == null || popShare == 0 ? null : share / popShare;
            groups.add(new Group(g, n, share, popShare, rri, rri != null && rri > 1.0));
        }
        return new Measure(name, known, counts.getOrDefault("Unknown", 0L), groups);
    }
}
