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
 * Remand (domain.md §2, §4; seed 001 table 7). Episodes = remand episodes starting in the period.
 * Secure share = episodes in youth detention accommodation (SCH, STC, YOI) / all episodes × 100.
 * Nights in the period = nights d with start ≤ d < end (an open episode runs to as-of) and d in the
 * period; cost = nights × the tenant's cost per night for the placement type.
 */
@Singleton
public class Remand {
    static final List<String> PLACEMENTS = List.of("LAA", "SCH", "STC", "YOI");
    private final MeasureSql sql;

    Remand(MeasureSql sql) {
        this.sql = sql;
    }

    @Serdeable
    public record Placement(String placement, long episodes, long nights, double costPerNight, double cost) { }

    @Serdeable
    public record Result(String period, long episodes, long secureEpisodes, Double securePercent, long nights, double cost,
                  List<Placement> placements) { }

    /** One result per period, in one pass over the tenant's remand episodes. */
    Map<String, Result> compute(List<Period> periods, LocalDate asOf, Map<String, Double> costPerNight) {
        Map<String, Map<String, long[]>> byPeriod = new HashMap<>();
        sql.list(periods, """
                SELECT p.id, r.placement,
                  count(*) FILTER (WHERE r.start_date BETWEEN p.start_date AND LEAST(p.end_date, ?)),
                  coalesce(sum(GREATEST(0, LEAST(coalesce(r.end_date, p.end_ex), p.end_ex) - GREATEST(r.start_date, p.start_date))), 0)
                FROM remand r
                CROSS JOIN (SELECT id, start_date, end_date, LEAST(end_date, ?) + 1 AS end_ex FROM :periods) p
                WHERE r.tenant_id = :tenant AND r.start_date <= ?
                GROUP BY p.id, r.placement
                """, rs -> byPeriod.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                .put(rs.getString(2), new long[] {rs.getLong(3), rs.getLong(4)}), asOf, asOf, asOf);
        Map<String, Result> out = new LinkedHashMap<>();
        for (Period period : periods) {
            out.put(period.id(), result(period, byPeriod.getOrDefault(period.id(), Map.of()), costPerNight));
        }
        return out;
    }

    /** Episodes starting in the period (up to as-of) and nights spent on remand in it, by placement type. */
    private static Result result(Period period, Map<String, long[]> counts, Map<String, Double> costPerNight) {
        Map<String, long[]> rows = new LinkedHashMap<>();
        PLACEMENTS.forEach(p -> rows.put(p, counts.getOrDefault(p, new long[2])));
        counts.forEach(rows::putIfAbsent);
        List<Placement> placements = new ArrayList<>();
        long episodes = 0;
        long secure = 0;
        long nights = 0;
        double cost = 0;
        for (Map.Entry<String, long[]> e : rows.entrySet()) {
            double rate = costPerNight.getOrDefault(e.getKey(), 0.0);
            long[] v = e.getValue();
            placements.add(new Placement(e.getKey(), v[0], v[1], rate, v[1] * rate));
            episodes += v[0];
            secure += "LAA".equals(e.getKey()) ? 0 : v[0];
            nights += v[1];
            cost += v[1] * rate;
        }
        return new Result(period.id(), episodes, secure, Rates.percent(secure, episodes), nights, cost, placements);
    }
}
