package org.yothub.measures;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.LocalDate;

/**
 * Use of custody (domain.md §4a). A sentencing occasion is a distinct (child, outcome date)
 * among court outcomes (DISCH, FINE, RO, REP, YRO, YRO_ISS, DTO, S250); it is custodial if any
 * outcome on it is DTO or S250. Several offences sentenced the same day are one occasion.
 * Rate per 1,000 = custodial occasions / 10-17 population × 1,000; percent of court sentences =
 * custodial occasions / all sentencing occasions × 100.
 */
@Singleton
public class Custody {
    static final String OCCASIONS = """
            SELECT o.child_id, o.outcome_date, bool_or(oc.custodial) AS custodial
            FROM outcome o JOIN outcome_code oc ON oc.code = o.outcome_code AND oc.court
            WHERE o.tenant_id = :tenant AND o.outcome_date BETWEEN ? AND ? AND o.outcome_date <= ?
            GROUP BY o.child_id, o.outcome_date
            """;
    private final MeasureSql sql;

    Custody(MeasureSql sql) {
        this.sql = sql;
    }

    @Serdeable
    public record Result(String period, long custodialSentences, long courtSentences, Integer population,
                  @com.fasterxml.jackson.annotation.JsonProperty("rate_per_1000") Double ratePer1000,
                  Double percentOfCourtSentences) { }

    Result compute(Period period, LocalDate asOf, Integer population) {
        long[] c = sql.one("SELECT count(*) FILTER (WHERE custodial), count(*) FROM (" + OCCASIONS + ") x",
                rs -> new long[] {rs.getLong(1), rs.getLong(2)}, period.start(), period.end(), asOf);
        return new Result(period.id(), c[0], c[1], population,
                population == null ? null : Rates.ratio(c[0], population, 1000), Rates.percent(c[0], c[1]));
    }
}
