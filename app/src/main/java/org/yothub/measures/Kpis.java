package org.yothub.measures;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;

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
    /**
     * KPI 9 of each of {@code :period_quarters} from {@code substantive}, the tenant's substantive
     * outcomes with their offences ({@link Reoffending#SUBSTANTIVE}), where those are read anyway:
     * serious violence offences proven by a substantive outcome dated in the period (up to as-of),
     * and their children (period_id, offences, children); binds as-of.
     */
    static final String SERIOUS_VIOLENCE_FROM_SUBSTANTIVE = """
            SELECT p.id AS period_id, count(DISTINCT s.offence_id), count(DISTINCT s.offence_child_id) FROM substantive s
            JOIN :period_quarters p ON p.quarter = date_trunc('quarter', s.outcome_date)::date
            WHERE s.serious_violence AND s.outcome_date <= ? AND s.outcome_date BETWEEN :from AND :to
            GROUP BY p.id
            """;
    private static final List<String> STATUTORY_PARTNERS = List.of("local_authority", "police", "probation", "health", "education");
    private final EndedInterventions ended;
    private final VictimEngagement victimEngagement;
    private final MeasureSql sql;

    Kpis(EndedInterventions ended, VictimEngagement victimEngagement, MeasureSql sql) {
        this.ended = ended;
        this.victimEngagement = victimEngagement;
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
        return compute(periods, asOf, ended.count(periods, asOf), victimEngagement.count(periods, asOf),
                seriousViolence(periods, asOf));
    }

    /**
     * As {@link #compute(List, LocalDate)}, with the ended interventions, the victims (KPI 10: of
     * the victims of offences with an outcome dated in the period, those consenting to contact and
     * those of them engaged in restorative justice) and the serious violence offences and their
     * children (KPI 9, period id → {offences, children}) already counted.
     */
    Map<String, Result> compute(List<Period> periods, LocalDate asOf, Map<String, EndedInterventions.Counts> counts,
                                VictimEngagement.Counts victimCounts, Map<String, long[]> seriousViolence) {
        Map<String, List<SubMeasure>> board = boardAttendance(periods, asOf);
        Map<String, List<SubMeasure>> violence = seriousViolence(periods, seriousViolence);
        Map<String, List<SubMeasure>> victims = victims(periods, victimCounts);
        Map<String, Result> out = new LinkedHashMap<>();
        for (Period period : periods) {
            String id = period.id();
            out.put(id, result(id, counts.get(id), board.get(id), violence.get(id), victims.get(id)));
        }
        return out;
    }

    private static Result result(String period, EndedInterventions.Counts c, List<SubMeasure> board,
                                 List<SubMeasure> violence, List<SubMeasure> victims) {
        long all = c.ended();
        List<Kpi> kpis = new ArrayList<>();
        kpis.add(new Kpi(1, "Suitable accommodation", List.of(share("suitable_accommodation", c.accommodationSuitable(), all))));
        kpis.add(new Kpi(2, "Education, training and employment", List.of(share("suitable_ete", c.eteSuitable(), all))));
        kpis.add(new Kpi(3, "SEND / additional learning needs", List.of(share("send_identified", c.sendIdentified(), all),
                share("send_with_formal_plan", c.sendWithFormalPlan(), c.sendIdentified()))));
        kpis.add(new Kpi(4, "Mental health and emotional wellbeing", List.of(
                share("mental_health_need_identified", c.mhNeed(), all),
                share("mental_health_intervention_planned", c.mhPlanned(), c.mhNeed()),
                share("mental_health_attending", c.mhAttending(), c.mhPlanned()))));
        kpis.add(new Kpi(5, "Substance misuse", List.of(
                share("substance_misuse_need_identified", c.smNeed(), all),
                share("substance_misuse_intervention_planned", c.smPlanned(), c.smNeed()),
                share("substance_misuse_attending", c.smAttending(), c.smPlanned()))));
        kpis.add(new Kpi(6, "Out-of-court disposals", List.of(
                share("completed", c.outOfCourtCompleted(), c.outOfCourt()),
                share("not_completed", c.outOfCourt() - c.outOfCourtCompleted(), c.outOfCourt()))));
        kpis.add(new Kpi(7, "Management board attendance", board));
        kpis.add(new Kpi(8, "Wider services", List.of(share("early_help", c.earlyHelp(), all),
                share("child_in_need", c.childInNeed(), all), share("child_protection_plan", c.childProtectionPlan(), all),
                share("looked_after", c.lookedAfter(), all))));
        kpis.add(new Kpi(9, "Serious violence", violence));
        kpis.add(new Kpi(10, "Victims", victims));
        return new Result(period, all, kpis);
    }

    private static SubMeasure share(String name, long numerator, long denominator) {
        return new SubMeasure(name, numerator, denominator, Rates.percent(numerator, denominator));
    }

    private Map<String, List<SubMeasure>> boardAttendance(List<Period> periods, LocalDate asOf) {
        Map<String, Long> meetings = new HashMap<>();
        sql.list(periods, """
                SELECT p.id, count(*) FROM board_meeting m JOIN :period_quarters p ON p.quarter = date_trunc('quarter', m.meeting_date)::date
                WHERE m.tenant_id = :tenant AND m.meeting_date <= ? GROUP BY p.id
                """, rs -> meetings.put(rs.getString(1), rs.getLong(2)), asOf);
        Map<String, Long> attended = new HashMap<>();
        sql.list(periods, """
                SELECT p.id, a.partner, count(*) FROM board_attendance a
                JOIN board_meeting m ON m.tenant_id = a.tenant_id AND m.id = a.meeting_id
                JOIN :period_quarters p ON p.quarter = date_trunc('quarter', m.meeting_date)::date
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

    /** KPI 9 of each period: period id → {serious violence offences, their children}. */
    private Map<String, long[]> seriousViolence(List<Period> periods, LocalDate asOf) {
        Map<String, long[]> counts = new HashMap<>();
        sql.list(periods, """
                SELECT p.id, count(DISTINCT f.id), count(DISTINCT f.child_id) FROM offence f
                JOIN outcome o ON o.tenant_id = f.tenant_id AND o.offence_id = f.id AND o.child_id = f.child_id
                JOIN outcome_code oc ON oc.code = o.outcome_code AND oc.substantive
                JOIN :period_quarters p ON p.quarter = date_trunc('quarter', o.outcome_date)::date
                WHERE f.tenant_id = :tenant AND f.serious_violence AND o.outcome_date <= ? AND o.outcome_date BETWEEN :from AND :to
                GROUP BY p.id
                """, rs -> counts.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)}), asOf);
        return counts;
    }

    private static Map<String, List<SubMeasure>> seriousViolence(List<Period> periods, Map<String, long[]> counts) {
        Map<String, List<SubMeasure>> out = new HashMap<>();
        for (Period period : periods) {
            long[] c = counts.getOrDefault(period.id(), new long[2]);
            out.put(period.id(), List.of(new SubMeasure("serious_violence_offences", c[0], null, null),
                    new SubMeasure("children_with_serious_violence_offences", c[1], null, null)));
        }
        return out;
    }

    private static Map<String, List<SubMeasure>> victims(List<Period> periods, VictimEngagement.Counts victimCounts) {
        Map<String, List<SubMeasure>> out = new HashMap<>();
        for (Period period : periods) {
            long[] c = victimCounts.engagedOfConsenting(period.id());
            out.put(period.id(), List.of(new SubMeasure("victims_engaged_in_rj_of_consenting", c[1], c[0], Rates.percent(c[1], c[0]))));
        }
        return out;
    }
}
