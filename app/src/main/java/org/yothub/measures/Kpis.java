package org.yothub.measures;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The ten YJB key performance indicators from April 2023 (domain.md §4), per period, for
 * interventions ending in the period unless stated:
 * (1) suitable accommodation; (2) suitable ETE; (3) SEND/ALN identified, and with a formal plan;
 * (4) mental health need identified → intervention planned → attending; (5) substance misuse need
 * identified → treatment planned → attending; (6) out-of-court disposal interventions completed vs
 * not (end reason "completed"); (7) management board meetings in the period attended by each
 * statutory partner's senior member; (8) wider services at the end (early help, child in need,
 * child protection plan, looked after); (9) serious violence offences proven by a substantive
 * outcome dated in the period (offences and children); (10) victims engaged in restorative justice
 * as a share of victims consenting to contact, for offences with an outcome dated in the period.
 */
@Singleton
public class Kpis {
    private static final Set<String> COMPLETED = Set.of("completed", "complete", "successful", "successfully completed");
    private static final List<String> STATUTORY_PARTNERS = List.of("local_authority", "police", "probation", "health", "education");
    private final EndedInterventions ended;
    private final MeasureSql sql;

    Kpis(EndedInterventions ended, MeasureSql sql) {
        this.ended = ended;
        this.sql = sql;
    }

    @Serdeable
    public record SubMeasure(String name, long numerator, Long denominator, Double percent) { }

    @Serdeable
    public record Kpi(int number, String name, List<SubMeasure> measures) { }

    @Serdeable
    public record Result(String period, long interventionsEnded, List<Kpi> kpis) { }

    /** One result per period: the ended interventions and each KPI's own query read once for all periods. */
    Map<String, Result> compute(List<Period> periods, LocalDate asOf) {
        Map<String, List<EndedInterventions.Row>> rows = ended.load(periods, asOf);
        Map<String, List<SubMeasure>> board = boardAttendance(periods, asOf);
        Map<String, List<SubMeasure>> violence = seriousViolence(periods, asOf);
        Map<String, List<SubMeasure>> victims = victims(periods, asOf);
        Map<String, Result> out = new LinkedHashMap<>();
        for (Period period : periods) {
            String id = period.id();
            out.put(id, result(id, rows.get(id), board.get(id), violence.get(id), victims.get(id)));
        }
        return out;
    }

    private static Result result(String period, List<EndedInterventions.Row> rows, List<SubMeasure> board,
                                 List<SubMeasure> violence, List<SubMeasure> victims) {
        List<Kpi> kpis = new ArrayList<>();
        kpis.add(new Kpi(1, "Suitable accommodation", List.of(share("suitable_accommodation", rows,
                r -> Boolean.TRUE.equals(r.accommodationSuitable())))));
        kpis.add(new Kpi(2, "Education, training and employment", List.of(share("suitable_ete", rows,
                EndedInterventions.Row::eteSuitable))));
        kpis.add(new Kpi(3, "SEND / additional learning needs", List.of(
                share("send_identified", rows, r -> Boolean.TRUE.equals(r.sendIdentified())),
                chain("send_with_formal_plan", rows, r -> Boolean.TRUE.equals(r.sendIdentified()),
                        r -> Boolean.TRUE.equals(r.sendFormalPlan())))));
        kpis.add(new Kpi(4, "Mental health and emotional wellbeing", steps("mental_health", rows,
                EndedInterventions.Row::mhNeed, EndedInterventions.Row::mhPlanned, EndedInterventions.Row::mhAttending)));
        kpis.add(new Kpi(5, "Substance misuse", steps("substance_misuse", rows,
                EndedInterventions.Row::smNeed, EndedInterventions.Row::smPlanned, EndedInterventions.Row::smAttending)));
        List<EndedInterventions.Row> oocd = rows.stream().filter(r -> "out_of_court".equals(r.tier())).toList();
        long completed = oocd.stream().filter(r -> r.endReason() != null
                && COMPLETED.contains(r.endReason().trim().toLowerCase(java.util.Locale.ROOT))).count();
        kpis.add(new Kpi(6, "Out-of-court disposals", List.of(
                new SubMeasure("completed", completed, (long) oocd.size(), Rates.percent(completed, oocd.size())),
                new SubMeasure("not_completed", oocd.size() - completed, (long) oocd.size(),
                        Rates.percent(oocd.size() - completed, oocd.size())))));
        kpis.add(new Kpi(7, "Management board attendance", board));
        kpis.add(new Kpi(8, "Wider services", List.of(
                share("early_help", rows, r -> Boolean.TRUE.equals(r.earlyHelp())),
                share("child_in_need", rows, r -> Boolean.TRUE.equals(r.childInNeed())),
                share("child_protection_plan", rows, r -> Boolean.TRUE.equals(r.childProtectionPlan())),
                share("looked_after", rows, r -> Boolean.TRUE.equals(r.lookedAfter())))));
        kpis.add(new Kpi(9, "Serious violence", violence));
        kpis.add(new Kpi(10, "Victims", victims));
        return new Result(period, rows.size(), kpis);
    }

    private static SubMeasure share(String name, List<EndedInterventions.Row> rows, Predicate<EndedInterventions.Row> yes) {
        long n = rows.stream().filter(yes).count();
        return new SubMeasure(name, n, (long) rows.size(), Rates.percent(n, rows.size()));
    }

    private static SubMeasure chain(String name, List<EndedInterventions.Row> rows, Predicate<EndedInterventions.Row> base,
                                    Predicate<EndedInterventions.Row> yes) {
        long d = rows.stream().filter(base).count();
        long n = rows.stream().filter(base.and(yes)).count();
        return new SubMeasure(name, n, d, Rates.percent(n, d));
    }

    /** Need identified (of all ended) → planned (of need) → attending (of planned). */
    private static List<SubMeasure> steps(String prefix, List<EndedInterventions.Row> rows,
                                          java.util.function.Function<EndedInterventions.Row, Boolean> need,
                                          java.util.function.Function<EndedInterventions.Row, Boolean> planned,
                                          java.util.function.Function<EndedInterventions.Row, Boolean> attending) {
        Predicate<EndedInterventions.Row> n = r -> Boolean.TRUE.equals(need.apply(r));
        Predicate<EndedInterventions.Row> p = n.and(r -> Boolean.TRUE.equals(planned.apply(r)));
        return List.of(share(prefix + "_need_identified", rows, n),
                chain(prefix + "_intervention_planned", rows, n, r -> Boolean.TRUE.equals(planned.apply(r))),
                chain(prefix + "_attending", rows, p, r -> Boolean.TRUE.equals(attending.apply(r))));
    }

    private Map<String, List<SubMeasure>> boardAttendance(List<Period> periods, LocalDate asOf) {
        Map<String, Long> meetings = new HashMap<>();
        sql.list(periods, """
                SELECT p.id, count(*) FROM board_meeting m JOIN :periods p ON m.meeting_date BETWEEN p.start_date AND p.end_date
                WHERE m.tenant_id = :tenant AND m.meeting_date <= ? GROUP BY p.id
                """, rs -> meetings.put(rs.getString(1), rs.getLong(2)), asOf);
        Map<String, Long> attended = new HashMap<>();
        sql.list(periods, """
                SELECT p.id, a.partner, count(*) FROM board_attendance a
                JOIN board_meeting m ON m.tenant_id = a.tenant_id AND m.id = a.meeting_id
                JOIN :periods p ON m.meeting_date BETWEEN p.start_date AND p.end_date
                WHERE a.tenant_id = :tenant AND a.senior_attended AND m.meeting_date <= ?
                GROUP BY p.id, a.partner
                """, rs -> attended.put(rs.getString(1) + "|" + rs.getString(2), rs.getLong(3)), asOf);
        Map<String, List<SubMeasure>> out = new HashMap<>();
        for (Period period : periods) {
            long held = meetings.getOrDefault(period.id(), 0L);
            List<SubMeasure> partners = new ArrayList<>();
            for (String partner : STATUTORY_PARTNERS) {
                long n = attended.getOrDefault(period.id() + "|" + partner, 0L);
                partners.add(new SubMeasure(partner + "_senior_attendance", n, held, Rates.percent(n, held)));
            }
            out.put(period.id(), partners);
        }
        return out;
    }

    private Map<String, List<SubMeasure>> seriousViolence(List<Period> periods, LocalDate asOf) {
        Map<String, long[]> counts = new HashMap<>();
        sql.list(periods, """
                SELECT p.id, count(DISTINCT f.id), count(DISTINCT f.child_id) FROM offence f
                JOIN outcome o ON o.tenant_id = f.tenant_id AND o.offence_id = f.id
                JOIN outcome_code oc ON oc.code = o.outcome_code AND oc.substantive
                JOIN :periods p ON o.outcome_date BETWEEN p.start_date AND p.end_date
                WHERE f.tenant_id = :tenant AND f.serious_violence AND o.outcome_date <= ?
                GROUP BY p.id
                """, rs -> counts.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)}), asOf);
        Map<String, List<SubMeasure>> out = new HashMap<>();
        for (Period period : periods) {
            long[] c = counts.getOrDefault(period.id(), new long[2]);
            out.put(period.id(), List.of(new SubMeasure("serious_violence_offences", c[0], null, null),
                    new SubMeasure("children_with_serious_violence_offences", c[1], null, null)));
        }
        return out;
    }

    private Map<String, List<SubMeasure>> victims(List<Period> periods, LocalDate asOf) {
        Map<String, long[]> counts = new HashMap<>();
        sql.list(periods, """
                SELECT p.id, count(DISTINCT v.id) FILTER (WHERE v.consented_to_contact),
                       count(DISTINCT v.id) FILTER (WHERE v.consented_to_contact AND v.engaged_rj)
                FROM victim v JOIN outcome o ON o.tenant_id = v.tenant_id AND o.offence_id = v.offence_id
                JOIN :periods p ON o.outcome_date BETWEEN p.start_date AND p.end_date
                WHERE v.tenant_id = :tenant AND o.outcome_date <= ?
                GROUP BY p.id
                """, rs -> counts.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)}), asOf);
        Map<String, List<SubMeasure>> out = new HashMap<>();
        for (Period period : periods) {
            long[] c = counts.getOrDefault(period.id(), new long[2]);
            out.put(period.id(), List.of(new SubMeasure("victims_engaged_in_rj_of_consenting", c[1], c[0], Rates.percent(c[1], c[0]))));
        }
        return out;
    }
}
