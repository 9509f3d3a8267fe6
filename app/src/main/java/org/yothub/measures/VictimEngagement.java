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

    /** One result per period, in one pass over the tenant's victims. */
    Map<String, Result> compute(List<Period> periods, LocalDate asOf) {
        String victims = """
                SELECT DISTINCT p.id AS period_id, v.* FROM victim v JOIN outcome o ON o.tenant_id = v.tenant_id AND o.offence_id = v.offence_id
                JOIN :periods p ON o.outcome_date BETWEEN p.start_date AND p.end_date
                WHERE v.tenant_id = :tenant AND o.outcome_date <= ?
                """;
        Map<String, long[]> counts = new HashMap<>();
        Map<String, Map<String, Long>> types = new HashMap<>();
        sql.list(periods, "SELECT period_id, count(*), count(*) FILTER (WHERE consented_to_contact), count(*) FILTER (WHERE offered_rj), "
                        + "count(*) FILTER (WHERE engaged_rj), count(*) FILTER (WHERE engaged_rj AND satisfied), "
                        + "count(*) FILTER (WHERE engaged_rj AND satisfied IS NOT NULL) FROM (" + victims + ") v GROUP BY period_id",
                rs -> counts.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                    rs.getLong(6), rs.getLong(7)}), asOf);
        sql.list(periods, "SELECT period_id, rj_type, count(*) FROM (" + victims + ") v WHERE engaged_rj AND rj_type IS NOT NULL "
                        + "GROUP BY period_id, rj_type",
                rs -> types.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getLong(3)), asOf);
        Map<String, Result> out = new LinkedHashMap<>();
        for (Period period : periods) {
            long[] c = counts.getOrDefault(period.id(), new long[6]);
            Map<String, Long> byType = new LinkedHashMap<>();
            TYPES.forEach(t -> byType.put(t, 0L));
            byType.putAll(types.getOrDefault(period.id(), Map.of()));
            out.put(period.id(), new Result(period.id(), c[0], c[1], c[2], c[3], byType, c[4], c[5], Rates.percent(c[4], c[5])));
        }
        return out;
    }
}
