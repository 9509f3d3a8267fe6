package org.yothub.plans.report;

import java.time.LocalDate;
import java.util.List;
import org.yothub.measures.Disposals;
import org.yothub.measures.Kpis;
import org.yothub.measures.Remand;
import org.yothub.measures.Reoffending;
import org.yothub.plans.PlanRisks;
import org.yothub.plans.document.PlanDocument;

/**
 * The quarterly board performance report: measures and KPIs for the quarter with RAG, trend and
 * change since last quarter, the live reoffending tracker, caseload, escalated and high risks,
 * and delivery plan actions due.
 */
public record BoardReport(String templateSet, String tenantName, String quarter, String previousQuarter, LocalDate quarterStart,
                          LocalDate quarterEnd, LocalDate asOf, List<PlanDocument.Measure> measures, Kpis.Result kpis,
                          Kpis.Result previousKpis, List<Reoffending.Result> tracker, Caseload caseload,
                          boolean risksAvailable, List<PlanRisks.Risk> risks, List<DueAction> actionsDue,
                          Disposals.Result disposals, Remand.Result remand) {

    /** Children worked with: open cases now, and interventions active, started and ended in the quarter. */
    public record Caseload(long openCases, long activeChildren, long started, long ended) { }

    /** A delivery plan action due by the end of the next quarter and not complete. */
    public record DueAction(String plan, String priority, String action, String owner, LocalDate dueOn, String rag, boolean overdue) { }
}
