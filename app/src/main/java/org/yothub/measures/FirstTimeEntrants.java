package org.yothub.measures;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * First time entrants (domain.md §4, §4a). A child is an FTE in the period in which their
 * earliest substantive outcome (YC, YCC, DISCH, FINE, RO, REP, YRO, YRO_ISS, DTO, S250) falls,
 * taking all their history up to as-of, provided they were aged 10-17 on the date of that
 * outcome's offence. Community resolutions and diversion never make a child an FTE. Where
 * several substantive outcomes share the earliest date, the earliest offence among them decides
 * the age. Rate per 100,000 = count / 10-17 population of the calendar year the period starts in.
 */
@Singleton
public class FirstTimeEntrants {
    /**
     * Each child's earliest substantive outcome (the earliest offence among outcomes of that day),
     * when it falls between {@code :from} and {@code :to}: outcomes in that range with no earlier
     * substantive outcome of the same child, so only the range is read, through the date index.
     */
    static final String FIRST_SUBSTANTIVE = """
            SELECT DISTINCT ON (o.child_id) o.child_id, o.outcome_date, f.offence_date, c.date_of_birth, c.ethnicity, c.sex
            FROM outcome o
            JOIN outcome_code oc ON oc.code = o.outcome_code AND oc.substantive
            JOIN offence f ON f.tenant_id = o.tenant_id AND f.id = o.offence_id AND f.child_id = o.child_id
            JOIN child c ON c.tenant_id = o.tenant_id AND c.id = o.child_id
            WHERE o.tenant_id = :tenant AND o.outcome_date <= ? AND o.outcome_date BETWEEN :from AND :to
              AND NOT EXISTS (SELECT 1 FROM outcome e JOIN outcome_code ec ON ec.code = e.outcome_code AND ec.substantive
                              WHERE e.tenant_id = o.tenant_id AND e.child_id = o.child_id AND e.outcome_date < o.outcome_date)
            ORDER BY o.child_id, o.outcome_date, f.offence_date
            """;
    /** The first-time entrants of each of {@code :period_quarters}, with the period's id first; binds as-of. */
    static final String IN_PERIODS = "SELECT p.id AS period_id, firsts.* FROM (" + FIRST_SUBSTANTIVE + ") firsts "
            + "JOIN :period_quarters p ON p.quarter = date_trunc('quarter', firsts.outcome_date)::date "
            + "WHERE offence_date >= date_of_birth + interval '10 years' AND offence_date < date_of_birth + interval '18 years'";
    /**
     * The same first-time entrants of each of {@code :period_quarters} by ethnicity (period_id,
     * ethnicity, n), taken from {@code substantive}, the tenant's substantive outcomes with their
     * offences ({@link Reoffending#SUBSTANTIVE}), where those are read anyway: each child's earliest
     * substantive outcome up to as-of (the earliest offence among outcomes of that day), when it
     * falls in a period and the child was 10-17 on that offence's date; binds as-of.
     */
    static final String BY_ETHNICITY_FROM_SUBSTANTIVE = """
            SELECT p.id AS period_id, c.ethnicity, count(*) AS n FROM (
              SELECT DISTINCT ON (child_id) child_id, outcome_date, offence_date FROM substantive WHERE outcome_date <= ?
              ORDER BY child_id, outcome_date, offence_date) firsts
            JOIN :period_quarters p ON p.quarter = date_trunc('quarter', firsts.outcome_date)::date
            JOIN child c ON c.tenant_id = :tenant AND c.id = firsts.child_id
            WHERE firsts.offence_date >= c.date_of_birth + interval '10 years'
              AND firsts.offence_date < c.date_of_birth + interval '18 years'
            GROUP BY p.id, c.ethnicity
            """;
    private final MeasureSql sql;

    FirstTimeEntrants(MeasureSql sql) {
        this.sql = sql;
    }

    @Serdeable
    public record Result(String period, long count, Integer population,
                  @com.fasterxml.jackson.annotation.JsonProperty("rate_per_100k") Double ratePer100k) { }

    /** One result per period, in one pass over the tenant's outcomes. */
    Map<String, Result> compute(List<Period> periods, LocalDate asOf, Function<Period, Integer> population) {
        return of(periods, countByEthnicity(periods, asOf), population);
    }

    /**
     * The first-time entrants of each period by ethnicity (period id → ethnicity → count), in one
     * pass over the tenant's outcomes; what both this measure and disproportionality count.
     */
    Map<String, Map<String, Long>> countByEthnicity(List<Period> periods, LocalDate asOf) {
        Map<String, Map<String, Long>> out = new HashMap<>();
        sql.list(periods, "SELECT period_id, ethnicity, count(*) FROM (" + IN_PERIODS + ") f GROUP BY period_id, ethnicity",
                rs -> out.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getLong(3)), asOf);
        return out;
    }

    /** The results of {@code periods} from their counts by ethnicity (see {@link #countByEthnicity}). */
    static Map<String, Result> of(List<Period> periods, Map<String, Map<String, Long>> byEthnicity,
                                  Function<Period, Integer> population) {
        Map<String, Result> out = new LinkedHashMap<>();
        for (Period period : periods) {
            long count = byEthnicity.getOrDefault(period.id(), Map.of()).values().stream().mapToLong(Long::longValue).sum();
            Integer pop = population.apply(period);
            out.put(period.id(), new Result(period.id(), count, pop, pop == null ? null : Rates.ratio(count, pop, 100_000)));
        }
        return out;
    }
}
