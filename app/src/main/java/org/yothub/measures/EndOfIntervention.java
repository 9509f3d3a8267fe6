package org.yothub.measures;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;

/**
 * End-of-intervention measures (domain.md §4, §4a): of the interventions whose end date falls in
 * the period, the share in suitable ETE (education, training or employment, at least 25 hours a
 * week under 16 on the end date, else at least 16) and in suitable accommodation (recorded so).
 * The denominator is every intervention ended in the period; {@code unknown} counts those with
 * nothing recorded.
 */
@Singleton
public class EndOfIntervention {
    private final EndedInterventions ended;

    EndOfIntervention(EndedInterventions ended) {
        this.ended = ended;
    }

    @Serdeable
    public record Share(long numerator, long denominator, long unknown, Double percent) {
        static Share of(long numerator, long denominator, long unknown) {
            return new Share(numerator, denominator, unknown, Rates.percent(numerator, denominator));
        }
    }

    @Serdeable
    public record Result(String period, long interventionsEnded, Share eteSuitable, Share accommodationSuitable) { }

    /** One result per period, in one pass over the tenant's ended interventions. */
    Map<String, Result> compute(List<Period> periods, LocalDate asOf) {
        return of(ended.count(periods, asOf));
    }

    /** The results of the periods whose ended interventions are {@code counts} (period id → counts). */
    static Map<String, Result> of(Map<String, EndedInterventions.Counts> counts) {
        Map<String, Result> out = new LinkedHashMap<>();
        counts.forEach((id, c) -> out.put(id, new Result(id, c.ended(),
                Share.of(c.eteSuitable(), c.ended(), c.eteUnknown()),
                Share.of(c.accommodationSuitable(), c.ended(), c.accommodationUnknown()))));
        return out;
    }
}
