package org.yothub.measures;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    Result compute(Period period, LocalDate asOf, Map<String, Integer> populationByEthnicity) {
        List<Measure> measures = new ArrayList<>();
        measures.add(measure("caseload", counts("""
                SELECT c.ethnicity, count(DISTINCT c.id) FROM intervention i JOIN child c ON c.tenant_id = i.tenant_id AND c.id = i.child_id
                WHERE i.tenant_id = :tenant AND i.start_date <= ? AND i.start_date <= ? AND (i.end_date IS NULL OR i.end_date >= ?)
                GROUP BY c.ethnicity
                """, period.end(), asOf, period.start()), populationByEthnicity));
        measures.add(measure("first_time_entrants", counts("SELECT ethnicity, count(*) FROM ("
                + FirstTimeEntrants.IN_PERIOD + ") f GROUP BY ethnicity", asOf, period.start(), period.end()), populationByEthnicity));
        measures.add(measure("custody", counts("""
                SELECT c.ethnicity, count(DISTINCT occ.child_id) FROM (""" + Custody.OCCASIONS + """
                ) occ JOIN child c ON c.tenant_id = :tenant AND c.id = occ.child_id WHERE occ.custodial GROUP BY c.ethnicity
                """, period.start(), period.end(), asOf), populationByEthnicity));
        return new Result(period.id(), !populationByEthnicity.isEmpty(), measures);
    }

    private Map<String, Long> counts(String query, Object... args) {
        Map<String, Long> out = new HashMap<>();
        sql.list(query, rs -> out.put(rs.getString(1), rs.getLong(2)), args);
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
