package org.yothub.measures;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Victim engagement (seed 003 §8.6): victims of offences with an outcome dated in the period —
 * known, consenting to contact, offered restorative justice, engaged (by type: letter of
 * explanation, panel attendance, direct or indirect reparation, impact statement, shuttle
 * mediation, restorative conference) and satisfied (of those engaged with a recorded answer).
 */
@Singleton
public class VictimEngagement {
    static final List<String> TYPES = List.of("letter", "panel", "direct_reparation", "indirect_reparation",
            "impact_statement", "shuttle_mediation", "conference");
    private final MeasureSql sql;

    VictimEngagement(MeasureSql sql) {
        this.sql = sql;
    }

    @Serdeable
    public record Result(String period, long victims, long consentedToContact, long offeredRj, long engaged,
                  Map<String, Long> engagedByType, long satisfied, long satisfactionRecorded, Double satisfiedPercent) { }

    /**
     * The counts of each period: period id → {victims, consented to contact, offered RJ, engaged,
     * engaged and satisfied, engaged with satisfaction recorded, consented and engaged}, and
     * period id → RJ type → engaged. A victim counts once in a period, whatever number of its
     * offence's outcomes fall in it.
     */
    record Counts(Map<String, long[]> totals, Map<String, Map<String, Long>> engagedByType) {
        /** Consented to contact and, of those, engaged in restorative justice (KPI 10), for {@code period}. */
        long[] engagedOfConsenting(String period) {
            long[] c = totals.getOrDefault(period, new long[7]);
            return new long[] {c[1], c[6]};
        }
    }

    /** One result per period, in one pass over the tenant's victims. */
    Map<String, Result> compute(List<Period> periods, LocalDate asOf) {
        return of(periods, count(periods, asOf));
    }

    /** The counts of each period, in one pass over the tenant's victims. */
    Counts count(List<Period> periods, LocalDate asOf) {
        Map<String, long[]> counts = new HashMap<>();
        Map<String, Map<String, Long>> types = new HashMap<>();
        sql.list(periods, """
                SELECT p.id, v.rj_type, GROUPING(v.rj_type) = 1 AS all_types, count(*),
                  count(*) FILTER (WHERE v.consented_to_contact), count(*) FILTER (WHERE v.offered_rj),
                  count(*) FILTER (WHERE v.engaged_rj), count(*) FILTER (WHERE v.engaged_rj AND v.satisfied),
                  count(*) FILTER (WHERE v.engaged_rj AND v.satisfied IS NOT NULL),
                  count(*) FILTER (WHERE v.consented_to_contact AND v.engaged_rj)
                FROM victim v JOIN (
                  SELECT DISTINCT p.id, o.offence_id FROM outcome o
                  JOIN :period_quarters p ON p.quarter = date_trunc('quarter', o.outcome_date)::date
                  WHERE o.tenant_id = :tenant AND o.outcome_date <= ? AND o.outcome_date BETWEEN :from AND :to) p
                  ON p.offence_id = v.offence_id
                WHERE v.tenant_id = :tenant
                GROUP BY GROUPING SETS ((p.id), (p.id, v.rj_type))
                """, rs -> {
            if (rs.getBoolean(3)) {
                return counts.put(rs.getString(1), new long[] {rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7),
                    rs.getLong(8), rs.getLong(9), rs.getLong(10)});
            }
            return rs.getString(2) == null ? null
                    : types.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getLong(7));
        }, asOf);
        return new Counts(counts, types);
    }

    /** The results of {@code periods} from their counts. */
    static Map<String, Result> of(List<Period> periods, Counts counts) {
        Map<String, Result> out = new LinkedHashMap<>();
        for (Period period : periods) {
            long[] c = counts.totals().getOrDefault(period.id(), new long[7]);
            Map<String, Long> byType = new LinkedHashMap<>();
            TYPES.forEach(t -> byType.put(t, 0L));
            byType.putAll(counts.engagedByType().getOrDefault(period.id(), Map.of()));
            out.put(period.id(), new Result(period.id(), c[0], c[1], c[2], c[3], byType, c[4], c[5], Rates.percent(c[4], c[5])));
        }
        return out;
    }
}
