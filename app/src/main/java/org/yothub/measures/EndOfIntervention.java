package org.yothub.measures;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.function.Predicate;

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
        static Share of(List<EndedInterventions.Row> rows, Predicate<EndedInterventions.Row> yes,
                        Predicate<EndedInterventions.Row> unknown) {
            long n = rows.stream().filter(yes).count();
            return new Share(n, rows.size(), rows.stream().filter(unknown).count(), Rates.percent(n, rows.size()));
        }
    }

    @Serdeable
    public record Result(String period, long interventionsEnded, Share eteSuitable, Share accommodationSuitable) { }

    /** One result per period, in one pass over the tenant's ended interventions. */
    Map<String, Result> compute(List<Period> periods, LocalDate asOf) {
        Map<String, Result> out = new LinkedHashMap<>();
        Map<String, Period> byId = new LinkedHashMap<>();
        periods.forEach(p -> byId.put(p.id(), p));
        ended.load(periods, asOf).forEach((id, rows) -> out.put(id, of(byId.get(id), rows)));
        return out;
    }

    static Result of(Period period, List<EndedInterventions.Row> rows) {
        return new Result(period.id(), rows.size(),
                Share.of(rows, EndedInterventions.Row::eteSuitable, r -> r.eteStatus() == null || "unknown".equals(r.eteStatus())),
                Share.of(rows, r -> Boolean.TRUE.equals(r.accommodationSuitable()), r -> r.accommodationSuitable() == null));
    }
}
