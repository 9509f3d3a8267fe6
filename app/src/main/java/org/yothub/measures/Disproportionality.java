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
    private final MeasureSql sql;

    Disproportionality(MeasureSql sql) {
        this.sql = sql;
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
        Map<String, Map<String, Long>> caseload = counts(periods, """
                WITH i AS MATERIALIZED (
                  SELECT i.child_id, i.start_date, i.end_date, c.ethnicity
                  FROM intervention i JOIN child c ON c.tenant_id = i.tenant_id AND c.id = i.child_id
                  WHERE i.tenant_id = :tenant AND i.start_date <= ? AND i.start_date <= :to
                    AND (i.end_date IS NULL OR i.end_date >= :from))
                SELECT p.id, i.ethnicity, count(DISTINCT i.child_id) FROM i
                JOIN :periods p ON i.start_date <= p.end_date AND (i.end_date IS NULL OR i.end_date >= p.start_date)
                GROUP BY p.id, i.ethnicity
                """, asOf);
        Map<String, Map<String, Long>> fte = counts(periods, "SELECT period_id, ethnicity, count(*) FROM ("
                + FirstTimeEntrants.IN_PERIODS + ") f GROUP BY period_id, ethnicity", asOf);
        Map<String, Map<String, Long>> custody = counts(periods, """
                SELECT occ.period_id, c.ethnicity, count(DISTINCT occ.child_id) FROM (""" + Custody.OCCASIONS + """
                ) occ JOIN child c ON c.tenant_id = :tenant AND c.id = occ.child_id WHERE occ.custodial GROUP BY occ.period_id, c.ethnicity
                """, asOf);
        Map<String, Result> out = new LinkedHashMap<>();
        for (Period period : periods) {
            Map<String, Integer> population = populationByEthnicity.apply(period);
            String id = period.id();
            out.put(id, new Result(id, !population.isEmpty(), List.of(
                    measure("caseload", caseload.getOrDefault(id, Map.of()), population),
                    measure("first_time_entrants", fte.getOrDefault(id, Map.of()), population),
                    measure("custody", custody.getOrDefault(id, Map.of()), population))));
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
