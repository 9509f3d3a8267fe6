package org.yothub.plans.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import org.yothub.plans.plan.PlanView;

/**
 * Everything a Youth Justice Plan shows, assembled once and rendered three ways (HTML, PDF,
 * DOCX), so the three always carry the same content. Narratives are already-sanitised HTML.
 *
 * @param templateSet which tenant's template overrides apply ("default" for none)
 * @param performanceYear the financial year the plan reviews (the one before the plan's year)
 */
public record PlanDocument(String templateSet, String tenantName, String area, PlanView plan, LocalDate asOf,
                           String performanceYear, String quarter, Map<String, String> narratives,
                           List<BoardMemberView> board, BoardMemberService.Attendance attendance, BudgetView budget,
                           BudgetView previousBudget, List<Measure> measures, String benchmarkRelease, Kpis.Result kpis,
                           List<Disposals.Result> disposals, Remand.Result remand, Reoffending.Result liveTracker,
                           boolean risksAvailable, List<PlanRisks.Risk> risks, PlanVolunteers.Summary volunteers,
                           List<DeliveryView.Priority> delivery, List<DeliveryView.Priority> previousDelivery) {

    /** A headline measure with its RAG, trend chart (SVG with stable ids) and comparators. */
    public record Measure(String key, String label, String unit, Double value, Double previous, String rag, boolean provisional,
                          String chartId, String chartSvg, List<Point> trend, List<Comparison> comparisons) { }

    public record Point(String period, Double value) { }

    /**
     * A comparator value: from the latest benchmark release (family, region, England and Wales,
     * with this YOT's rank and quartile) or from figures the YOT published.
     */
    public record Comparison(String geography, String label, String period, String value, String flag, Integer rank,
                             Integer rankedOf, Integer quartile, String source) { }

    public String narrative(String key) {
        return narratives.getOrDefault(key, "");
    }
}
