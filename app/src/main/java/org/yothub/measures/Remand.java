package org.yothub.measures;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
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

    Result compute(Period period, LocalDate asOf, Map<String, Double> costPerNight) {
        Map<String, long[]> rows = new LinkedHashMap<>();
        PLACEMENTS.forEach(p -> rows.put(p, new long[2]));
        LocalDate endExclusive = (asOf.isBefore(period.end()) ? asOf : period.end()).plusDays(1);
        sql.list("""
                SELECT placement,
                  count(*) FILTER (WHERE start_date BETWEEN ? AND ?),
                  coalesce(sum(GREATEST(0, LEAST(coalesce(end_date, ?), ?) - GREATEST(start_date, ?))), 0)
                FROM remand
                WHERE tenant_id = :tenant AND start_date <= ?
                GROUP BY placement
                """, rs -> rows.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)}),
                period.start(), asOf.isBefore(period.end()) ? asOf : period.end(),
                endExclusive, endExclusive, period.start(), asOf);
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
