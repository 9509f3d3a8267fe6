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
 * Use of custody (domain.md §4a). A sentencing occasion is a distinct (child, outcome date)
 * among court outcomes (DISCH, FINE, RO, REP, YRO, YRO_ISS, DTO, S250); it is custodial if any
 * outcome on it is DTO or S250. Several offences sentenced the same day are one occasion.
 * Rate per 1,000 = custodial occasions / 10-17 population × 1,000; percent of court sentences =
 * custodial occasions / all sentencing occasions × 100.
 */
@Singleton
public class Custody {
    /** Sentencing occasions in each of {@code :period_quarters}, with the period's id first; binds as-of. */
    static final String OCCASIONS = """
            SELECT p.id AS period_id, o.child_id, o.outcome_date, bool_or(oc.custodial) AS custodial
            FROM outcome o JOIN outcome_code oc ON oc.code = o.outcome_code AND oc.court
            JOIN :period_quarters p ON p.quarter = date_trunc('quarter', o.outcome_date)::date
            WHERE o.tenant_id = :tenant AND o.outcome_date <= ? AND o.outcome_date BETWEEN :from AND :to
            GROUP BY p.id, o.child_id, o.outcome_date
            """;
    private final MeasureSql sql;

    Custody(MeasureSql sql) {
        this.sql = sql;
    }

    @Serdeable
    public record Result(String period, long custodialSentences, long courtSentences, Integer population,
                  @com.fasterxml.jackson.annotation.JsonProperty("rate_per_1000") Double ratePer1000,
                  Double percentOfCourtSentences) { }

    /**
     * The sentencing occasions of each period: custodial and all (period id → {custodial, all}),
     * and the children with a custodial occasion by ethnicity (period id → ethnicity → children),
     * what disproportionality counts for custody.
     */
    record Counts(Map<String, long[]> occasions, Map<String, Map<String, Long>> custodialChildrenByEthnicity) { }

    /** One result per period, in one pass over the tenant's court outcomes. */
    Map<String, Result> compute(List<Period> periods, LocalDate asOf, Function<Period, Integer> population) {
        return of(periods, count(periods, asOf), population);
    }

    /** The counts of each period, in one pass over the tenant's court outcomes. */
    Counts count(List<Period> periods, LocalDate asOf) {
        Map<String, long[]> occasions = new HashMap<>();
        Map<String, Map<String, Long>> byEthnicity = new HashMap<>();
        sql.list(periods, "WITH occ AS MATERIALIZED (" + OCCASIONS + """
                ) SELECT period_id, NULL AS ethnicity, count(*) FILTER (WHERE custodial), count(*) FROM occ GROUP BY period_id
                UNION ALL
                SELECT occ.period_id, c.ethnicity, count(DISTINCT occ.child_id), NULL FROM occ
                JOIN child c ON c.tenant_id = :tenant AND c.id = occ.child_id WHERE occ.custodial GROUP BY occ.period_id, c.ethnicity
                """, rs -> rs.getString(2) == null ? occasions.put(rs.getString(1), new long[] {rs.getLong(3), rs.getLong(4)})
                : byEthnicity.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getLong(3)), asOf);
        return new Counts(occasions, byEthnicity);
    }

    /** The results of {@code periods} from their counts. */
    static Map<String, Result> of(List<Period> periods, Counts counts, Function<Period, Integer> population) {
        Map<String, Result> out = new LinkedHashMap<>();
        for (Period period : periods) {
            long[] c = counts.occasions().getOrDefault(period.id(), new long[2]);
            Integer pop = population.apply(period);
            out.put(period.id(), new Result(period.id(), c[0], c[1], pop,
                    pop == null ? null : Rates.ratio(c[0], pop, 1000), Rates.percent(c[0], c[1])));
        }
        return out;
    }
}
