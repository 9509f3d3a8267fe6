package org.yothub.plans.document;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.yothub.measures.Disposals;
import org.yothub.measures.Kpis;
import org.yothub.measures.Remand;
import org.yothub.measures.Reoffending;
import org.yothub.plans.PlanRisks;
import org.yothub.plans.PlanVolunteers;
import org.yothub.plans.board.BoardMemberService;
import org.yothub.plans.board.BoardMemberView;
import org.yothub.plans.budget.BudgetView;
import org.yothub.plans.plan.DeliveryView;
import org.yothub.plans.plan.NarrativeText;
import org.yothub.plans.plan.PlanView;

/**
 * A fixed plan dataset modelled on Southampton's Youth Justice Plan 2021-24 (seed 001): its
 * 2021/22 budget, disposals 2019-21, remand spend, live tracker cohort and risk register themes,
 * with fictional people. Ids and dates are constant, so rendering it is deterministic.
 */
public final class PlanDocumentFixture {
    public static final LocalDate AS_OF = LocalDate.of(2021, 6, 7);

    private PlanDocumentFixture() {
    }

    private static UUID id(int n) {
        return new UUID(0x5eed0001L, n);
    }

    public static PlanView plan(String structure, String status) {
        Instant signed = Instant.parse("2021-06-28T10:00:00Z");
        boolean approved = status.equals("approved") || status.equals("published");
        return new PlanView(id(1), 2021, 1, structure, "Youth Justice Plan 2021-22", status, AS_OF, id(2), "yot.manager",
                Instant.parse("2021-05-01T09:00:00Z"), "yot.manager", Instant.parse("2021-06-07T09:00:00Z"),
                approved ? "Morgan Chair" : null, approved ? "board" : null, approved ? signed : null,
                approved ? "Yasmin Example" : null, approved ? "yot.manager" : null, approved ? signed : null,
                status.equals("published") ? "yot.manager" : null, status.equals("published") ? signed : null, 3);
    }

    public static PlanDocument southampton(String structure, String templateSet) {
        return document(plan(structure, "approved"), templateSet, narratives());
    }

    public static PlanDocument document(PlanView plan, String templateSet, Map<String, String> markdown) {
        Map<String, String> html = new LinkedHashMap<>();
        markdown.forEach((k, v) -> html.put(k, NarrativeText.html(v)));
        return new PlanDocument(templateSet, "Southampton Youth Offending Service", "Southampton City", plan, AS_OF, "2020/21",
                "FY2020-21-Q4", html, board(), attendance(), budget(), previousBudget(), measures(), "release 4 (FY2020-21-Q4)",
                kpis(), disposals(), remand(), tracker(), true, risks(), volunteers(), delivery(), previousDelivery());
    }

    public static Map<String, String> narratives() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("introduction", "We want all children and young people in Southampton to get a **good start in life**, live safely, "
                + "be healthy and happy and go on to have successful opportunities in adulthood.\n\n"
                + "This plan reviews 2020/21 and sets the priorities for 2021/22.");
        m.put("governance", "The service is positioned within the Children and Learning Directorate. The management board "
                + "meets quarterly and holds partners to account through the performance report.");
        m.put("resources", "Partner contributions are shown below. In addition, in-kind costs include seconded CAMHS nurses, "
                + "a probation officer and a police officer.");
        m.put("performance", "Custody has fallen steadily; first time entrants remain above the family and national rates.");
        m.put("priorities", "1. Prevention of offending\n2. Reduce first time entrants\n3. Reduce disproportionality\n"
                + "4. Reduce serious youth violence");
        m.put("challenges", "The pandemic, partner contributions and premises remain the main risks to delivery.");
        m.put("delivery_plan", "The delivery plan below sets out each priority's actions.");
        m.put("child_first", "All of our work is underpinned by the **Child First** principle.");
        m.put("voice_of_child", "> Children told us they value walk-and-talk sessions.");
        return m;
    }

    static List<BoardMemberView> board() {
        return List.of(
                new BoardMemberView(id(10), "Morgan Chair", "Executive Director, Communities, Culture and Homes", "Southampton City Council",
                        "local_authority", true, true, null, true, 0, 0),
                new BoardMemberView(id(11), "Riley Probation", "Head of Probation Delivery Unit", "Probation Service", "probation",
                        true, false, "Disproportionality", true, 1, 0),
                new BoardMemberView(id(12), "Sam Police", "District Commander", "Hampshire Constabulary", "police", true, false,
                        "Reducing reoffending", true, 2, 0),
                new BoardMemberView(id(13), "Alex Health", "Senior Commissioner", "Southampton CCG", "health", true, false,
                        "Diversion and health", true, 3, 0),
                new BoardMemberView(id(14), "Jo Education", "Service Manager, Education Strategy", "Southampton City Council",
                        "education", false, false, "Education", true, 4, 0));
    }

    static BoardMemberService.Attendance attendance() {
        List<LocalDate> meetings = List.of(LocalDate.of(2020, 6, 18), LocalDate.of(2020, 9, 17), LocalDate.of(2020, 12, 10),
                LocalDate.of(2021, 3, 11));
        return new BoardMemberService.Attendance(meetings, List.of(
                new BoardMemberService.AttendanceRow("local_authority", "Local authority", List.of(true, true, true, true), 4, 100.0),
                new BoardMemberService.AttendanceRow("police", "Police", List.of(true, false, true, true), 3, 75.0),
                new BoardMemberService.AttendanceRow("probation", "Probation", List.of(true, true, false, true), 3, 75.0),
                new BoardMemberService.AttendanceRow("health", "Health", List.of(false, true, true, true), 3, 75.0),
                new BoardMemberService.AttendanceRow("education", "Education", List.of(true, true, true, false), 3, 75.0)));
    }

    private static BigDecimal m(long pounds) {
        return BigDecimal.valueOf(pounds);
    }

    static BudgetView budget() {
        List<BudgetView.ContributionLine> c = List.of(
                new BudgetView.ContributionLine("Southampton City Council", m(0), m(0), m(557378), m(557378), m(565000), -1.349),
                new BudgetView.ContributionLine("Office of the Police and Crime Commissioner", m(0), m(0), m(55700), m(55700), m(55700), 0.0),
                new BudgetView.ContributionLine("Probation", m(0), m(0), m(5000), m(5000), m(5000), 0.0),
                new BudgetView.ContributionLine("Youth Justice Grant", m(0), m(0), m(237782), m(237782), m(230000), 3.383));
        List<BudgetView.ExpenditureLine> e = List.of(
                new BudgetView.ExpenditureLine("Staffing", "staffing", m(530646), m(520000), 2.047),
                new BudgetView.ExpenditureLine("Overheads", "overheads", m(237500), m(237500), 0.0),
                new BudgetView.ExpenditureLine("Activity costs", "activity", m(93300), m(90000), 3.667),
                new BudgetView.ExpenditureLine("Accommodation", "accommodation", m(14300), m(14300), 0.0));
        return new BudgetView(2021, "2021/22", c, new BudgetView.Totals(m(0), m(0), m(855860), m(855860)), e, m(875746), m(19886),
                m(855700), m(861800), 0.0187, 1.618);
    }

    static BudgetView previousBudget() {
        return new BudgetView(2020, "2020/21", List.of(), new BudgetView.Totals(m(0), m(0), m(0), m(0)), List.of(), m(0), m(0),
                null, null, null, null);
    }

    static List<PlanDocument.Measure> measures() {
        List<PlanDocument.Measure> out = new ArrayList<>();
        String[] quarters = {"FY2019-20-Q1", "FY2019-20-Q2", "FY2019-20-Q3", "FY2019-20-Q4", "FY2020-21-Q1", "FY2020-21-Q2",
                "FY2020-21-Q3", "FY2020-21-Q4"};
        out.add(measure("fte_rate_per_100k", "First time entrants per 100,000 (rolling 12 months)", "per 100,000", "RED",
                quarters, new double[] {370, 365, 360, 352, 340, 330, 318, 306},
                List.of(cmp("tenant", "This YOT", "306.3", 2, 154, 4), cmp("family", "Family average", "284.0", null, null, null),
                        cmp("region", "Region: South East", "240.1", null, null, null), cmp("national", "England and Wales", "211.0", null, null, null))));
        out.add(measure("reoffending_binary_percent", "Proven reoffending, binary rate (quarterly cohort)", "%", "GREEN",
                quarters, new double[] {38.2, 36.0, 33.5, 31.0, 29.4, 27.1, 24.0, 21.48}, List.of()));
        out.add(measure("custody_rate_per_1000", "Custodial sentences per 1,000 (rolling 12 months)", "per 1,000", "AMBER",
                quarters, new double[] {0.41, 0.36, 0.31, 0.26, 0.20, 0.18, 0.15, 0.15},
                List.of(cmp("tenant", "This YOT", "0.15", 34, 154, 1), cmp("national", "England and Wales", "0.17", null, null, null))));
        out.add(measure("ete_suitable_percent", "Suitable education, training or employment at end", "%", "NONE",
                quarters, new double[] {48, 45, 44, 40, 38, 41, 43, 46}, List.of()));
        return out;
    }

    private static PlanDocument.Comparison cmp(String geo, String label, String value, Integer rank, Integer of, Integer q) {
        return new PlanDocument.Comparison(geo, label, "FY2020-21", value, null, rank, of, q, "benchmark release 4");
    }

    private static PlanDocument.Measure measure(String key, String label, String unit, String rag, String[] quarters, double[] v,
                                                List<PlanDocument.Comparison> comparisons) {
        List<PlanDocument.Point> trend = new ArrayList<>();
        for (int i = 0; i < v.length; i++) {
            trend.add(new PlanDocument.Point(quarters[i], v[i]));
        }
        String id = "plan-trend-" + key.replace('_', '-');
        return new PlanDocument.Measure(key, label, unit, v[v.length - 1], v[v.length - 2], rag, false, id,
                PlanCharts.svg(id, label, unit, trend), trend, comparisons);
    }

    static Kpis.Result kpis() {
        List<Kpis.Kpi> k = new ArrayList<>();
        k.add(new Kpis.Kpi(1, "Suitable accommodation", List.of(new Kpis.SubMeasure("suitable_accommodation", 88, 95L, 92.63))));
        k.add(new Kpis.Kpi(2, "Education, training and employment", List.of(new Kpis.SubMeasure("suitable_ete", 44, 95L, 46.32))));
        k.add(new Kpis.Kpi(3, "SEND / additional learning needs", List.of(new Kpis.SubMeasure("send_identified", 31, 95L, 32.63),
                new Kpis.SubMeasure("send_with_formal_plan", 19, 31L, 61.29))));
        k.add(new Kpis.Kpi(4, "Mental health and emotional wellbeing", List.of(new Kpis.SubMeasure("mental_health_need_identified", 40, 95L, 42.11))));
        k.add(new Kpis.Kpi(5, "Substance misuse", List.of(new Kpis.SubMeasure("substance_misuse_need_identified", 27, 95L, 28.42))));
        k.add(new Kpis.Kpi(6, "Out-of-court disposals", List.of(new Kpis.SubMeasure("completed", 51, 58L, 87.93))));
        k.add(new Kpis.Kpi(7, "Management board attendance", List.of(new Kpis.SubMeasure("police_senior_attendance", 3, 4L, 75.0))));
        k.add(new Kpis.Kpi(8, "Wider services", List.of(new Kpis.SubMeasure("looked_after", 12, 95L, 12.63))));
        k.add(new Kpis.Kpi(9, "Serious violence", List.of(new Kpis.SubMeasure("serious_violence_offences", 14, null, null))));
        k.add(new Kpis.Kpi(10, "Victims", List.of(new Kpis.SubMeasure("victims_engaged_in_rj_of_consenting", 21, 30L, 70.0))));
        return new Kpis.Result("FY2020-21", 95, k);
    }

    static List<Disposals.Result> disposals() {
        return List.of(
                new Disposals.Result("FY2019-20", List.of(new Disposals.Group("out_of_court", 132, 119, 46.5),
                        new Disposals.Group("cautions", 66, 48, 23.2), new Disposals.Group("first_tier", 38, 34, 13.4),
                        new Disposals.Group("community", 40, 23, 14.1), new Disposals.Group("custody", 8, 8, 2.8)), 284, 232),
                new Disposals.Result("FY2020-21", List.of(new Disposals.Group("out_of_court", 30, 29, 22.1),
                        new Disposals.Group("cautions", 55, 49, 40.4), new Disposals.Group("first_tier", 34, 28, 25.0),
                        new Disposals.Group("community", 14, 12, 10.3), new Disposals.Group("custody", 3, 3, 2.2)), 136, 121));
    }

    static Remand.Result remand() {
        return new Remand.Result("FY2020-21", 2, 2, 100.0, 220, 123540, List.of(
                new Remand.Placement("LAA", 0, 0, 0, 0), new Remand.Placement("SCH", 1, 120, 762, 91440),
                new Remand.Placement("STC", 0, 0, 453, 0), new Remand.Placement("YOI", 1, 100, 321, 32100)));
    }

    static Reoffending.Result tracker() {
        return new Reoffending.Result("FY2019-20", 135, 29, 72, 21.48, 0.53, 2.48, false, AS_OF, LocalDate.of(2021, 9, 30));
    }

    static List<PlanRisks.Risk> risks() {
        return List.of(
                new PlanRisks.Risk(id(30), "R1", "National economic climate", "Austerity and the impact of COVID-19 on partners' resilience",
                        "high", 20, "open", "YOS Management Board", LocalDate.of(2021, 9, 30),
                        List.of("Gap analysis of partner resources in 2021/22", "Forward plan of the annual budget")),
                new PlanRisks.Risk(id(31), "R4", "Venue", "Impact of ongoing venue difficulties on team morale and access",
                        "high", 16, "escalated", "Director of Children and Learning", LocalDate.of(2021, 7, 31),
                        List.of("YOS manager to attend venue discussions")));
    }

    static PlanVolunteers.Summary volunteers() {
        return new PlanVolunteers.Summary(2020, 34, "17.6%", "64.7%", new BigDecimal("1820"), List.of(
                new PlanVolunteers.Role("Referral order panel member", 28, new BigDecimal("1450")),
                new PlanVolunteers.Role("Appropriate adult", 6, new BigDecimal("370"))));
    }

    static List<DeliveryView.Priority> delivery() {
        DeliveryView.LinkedRisk venue = new DeliveryView.LinkedRisk(id(31), "R4", "Venue");
        return List.of(
                new DeliveryView.Priority(id(40), 1, "Prevention of offending", "A prevention of offending service for the city by 2022",
                        "Chair of the board and YOS leadership team", false, 0, List.of(
                        new DeliveryView.Action(id(41), id(40), 1, "Review all community resolutions and agree a pathway for each",
                                "YOS leadership team", LocalDate.of(2021, 6, 30), "green",
                                "Every community resolution reviewed and allocated, signposted or closed", "Pilot under way",
                                false, List.of(), 0),
                        new DeliveryView.Action(id(42), id(40), 2, "Join the vulnerable adolescent service redesign",
                                "YOS manager", LocalDate.of(2022, 7, 31), "amber",
                                "YOS part of the new embedded service", null, true, List.of(venue), 0))),
                new DeliveryView.Priority(id(43), 2, "Reduce disproportionality", "Fewer black and minority ethnic children in the system by 2024",
                        "Deputy board chair", false, 0, List.of(
                        new DeliveryView.Action(id(44), id(43), 1, "Train staff in cultural competence and unconscious bias",
                                "YOS leadership team", LocalDate.of(2022, 5, 31), "not_started",
                                "A more informed and confident workforce", null, false, List.of(), 0))));
    }

    static List<DeliveryView.Priority> previousDelivery() {
        return List.of(new DeliveryView.Priority(id(50), 1, "Resource the YOS sufficiently", null, "SCC and partners", false, 0, List.of(
                new DeliveryView.Action(id(51), id(50), 1, "Uplift case managers by two full-time equivalents", "YOS manager",
                        LocalDate.of(2021, 3, 31), "complete", "Two more case managers in post", "Both posts filled", false, List.of(), 0),
                new DeliveryView.Action(id(52), id(50), 2, "Fill the probation officer vacancy", "Probation", LocalDate.of(2021, 3, 31),
                        "red", "Probation officer in post", "Three expressions of interest, no uptake", false, List.of(), 0))));
    }
}
