package org.yothub.plans.document;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.yothub.measures.MeasuresService;
import org.yothub.measures.PerformanceService;
import org.yothub.measures.Period;
import org.yothub.plans.PlanRisks;
import org.yothub.plans.PlanVolunteers;
import org.yothub.plans.board.BoardMemberService;
import org.yothub.plans.budget.BudgetService;
import org.yothub.plans.plan.DeliveryService;
import org.yothub.plans.plan.NarrativeService;
import org.yothub.plans.plan.NarrativeView;
import org.yothub.plans.plan.PlanService;
import org.yothub.plans.plan.PlanView;
import org.yothub.platform.tenancy.CurrentTenant;
import org.yothub.platform.tenancy.TenantDirectory;
import org.yothub.platform.tenancy.TenantTransactional;

/**
 * Assembles a plan's {@link PlanDocument} from yot-hub's own data, in one read-only tenant
 * transaction: measures computed live as of the plan's date (the submission date once submitted,
 * else today), the latest benchmark release, the board, budget, risks, volunteers, narratives and
 * the delivery plan. The plan reviews the financial year before the one it is for.
 */
@Singleton
@TenantTransactional(readOnly = true)
public class PlanAssembler {
    static final int TREND_QUARTERS = 8;
    private final PlanService plans;
    private final NarrativeService narratives;
    private final DeliveryService delivery;
    private final BoardMemberService board;
    private final BudgetService budget;
    private final MeasuresService measures;
    private final PerformanceService performance;
    private final Comparisons comparisons;
    private final PlanRisks risks;
    private final PlanVolunteers volunteers;
    private final TenantDirectory tenants;
    private final CurrentTenant currentTenant;

    PlanAssembler(PlanService plans, NarrativeService narratives, DeliveryService delivery, BoardMemberService board,
                  BudgetService budget, MeasuresService measures, PerformanceService performance, Comparisons comparisons,
                  PlanRisks risks, PlanVolunteers volunteers, TenantDirectory tenants, CurrentTenant currentTenant) {
        this.plans = plans;
        this.narratives = narratives;
        this.delivery = delivery;
        this.board = board;
        this.budget = budget;
        this.measures = measures;
        this.performance = performance;
        this.comparisons = comparisons;
        this.risks = risks;
        this.volunteers = volunteers;
        this.tenants = tenants;
        this.currentTenant = currentTenant;
    }

    /** The last quarter a plan reviews: Q4 of the year before the plan's, or the last complete quarter if that is not over yet. */
    public static Period reviewQuarter(int planYear, LocalDate asOf) {
        Period q4 = Period.parse(String.format("FY%d-%02d-Q4", planYear - 1, planYear % 100), "period");
        Period lastComplete = Period.quarterOf(Period.quarterOf(asOf).start().minusDays(1));
        return lastComplete.end().isBefore(q4.end()) ? lastComplete : q4;
    }

    public PlanDocument assemble(UUID planId) {
        PlanView plan = plans.get(planId);
        LocalDate asOf = plan.asOf() != null ? plan.asOf() : plans.today();
        Period quarter = reviewQuarter(plan.planYear(), asOf);
        Period year = Period.parse(String.format("FY%d-%02d", plan.planYear() - 1, plan.planYear() % 100), "period");
        Period before = Period.parse(String.format("FY%d-%02d", plan.planYear() - 2, (plan.planYear() - 1) % 100), "period");
        String tenant = currentTenant.require();
        Map<String, String> text = new LinkedHashMap<>();
        for (NarrativeView n : narratives.latest(planId).values()) {
            text.put(n.sectionKey(), n.html());
        }
        Comparisons.Found found = comparisons.forTenant(tenant, year, quarter);
        return new PlanDocument(tenant, tenants.displayName(tenant), area(tenant), plan, asOf, budgetLabel(plan.planYear() - 1),
                quarter.id(), text, board.active(), board.attendance(year.start(), year.end()), budget.year(plan.planYear()),
                budget.year(plan.planYear() - 1), measures(quarter, asOf, found), found.releaseLabel(), measures.kpis(year, asOf),
                List.of(measures.disposals(before, asOf), measures.disposals(year, asOf)), measures.remand(year, asOf),
                measures.reoffending(before, asOf), risks.available(), risks.highAndEscalated(),
                volunteers.summary(plan.planYear() - 1).orElse(null), delivery.of(planId),
                plan.previousPlanId() == null ? List.of() : delivery.of(plan.previousPlanId()));
    }

    List<PlanDocument.Measure> measures(Period quarter, LocalDate asOf, Comparisons.Found found) {
        PerformanceService.Dashboard d = performance.dashboard(quarter, TREND_QUARTERS, asOf);
        List<PlanDocument.Measure> out = new ArrayList<>();
        for (PerformanceService.Row r : d.rows()) {
            String id = "plan-trend-" + r.headline().key().replace('_', '-');
            List<PlanDocument.Point> trend = r.trend().stream().map(p -> new PlanDocument.Point(p.label(), p.value())).toList();
            List<PlanDocument.Comparison> cmp = new ArrayList<>(found.byHeadline().getOrDefault(r.headline().key(), List.of()));
            r.comparators().stream().filter(c -> !c.geography().equals("tenant") && recent(c.period(), quarter)).forEach(c -> cmp.add(new PlanDocument.Comparison(
                    c.geography(), Comparisons.geographyLabel(c.geography()), c.period(), Comparisons.format(c.value()), null,
                    null, null, null, "published")));
            out.add(new PlanDocument.Measure(r.headline().key(), r.headline().label(), r.headline().unit(), r.value(), r.previous(),
                    r.rag().name(), r.provisional(), id, PlanCharts.svg(id, r.headline().label(), r.headline().unit(), trend),
                    trend, cmp));
        }
        return out;
    }

    /** Published comparators older than three years before the quarter reviewed are left out. */
    static boolean recent(String period, Period quarter) {
        try {
            return !Period.parse(period, "period").end().isBefore(quarter.end().minusYears(3));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private String area(String tenant) {
        return tenants.all().stream().filter(t -> t.getCode().equals(tenant)).map(t -> t.getArea()).findFirst().orElse("");
    }

    static String budgetLabel(int year) {
        return BudgetService.label(year);
    }
}
