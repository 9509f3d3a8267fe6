package org.yothub.plans.report;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.yothub.measures.MeasuresService;
import org.yothub.measures.PerformanceService;
import org.yothub.measures.Period;
import org.yothub.plans.PlanRisks;
import org.yothub.plans.PlanSql;
import org.yothub.plans.document.PlanCharts;
import org.yothub.plans.document.PlanDocument;
import org.yothub.platform.tenancy.CurrentTenant;
import org.yothub.platform.tenancy.TenantDirectory;
import org.yothub.platform.tenancy.TenantTransactional;

/**
 * Assembles the quarterly board report from the measures engine, the risk register, the current
 * plans' delivery actions and aggregate caseload counts (the only casework figures read here:
 * counts of open cases and of interventions, never a child's details).
 */
@Singleton
@TenantTransactional(readOnly = true)
public class BoardReportService {
    private static final int TREND_QUARTERS = 8;
    private static final int TRACKER_COHORTS = 4;
    private final MeasuresService measures;
    private final PerformanceService performance;
    private final PlanRisks risks;
    private final PlanSql sql;
    private final TenantDirectory tenants;
    private final CurrentTenant currentTenant;

    BoardReportService(MeasuresService measures, PerformanceService performance, PlanRisks risks, PlanSql sql,
                       TenantDirectory tenants, CurrentTenant currentTenant) {
        this.measures = measures;
        this.performance = performance;
        this.risks = risks;
        this.sql = sql;
        this.tenants = tenants;
        this.currentTenant = currentTenant;
    }

    public BoardReport report(Period quarter, LocalDate asOf) {
        String tenant = currentTenant.require();
        Period previous = quarter.quartersEndingHere(2).get(0);
        List<PlanDocument.Measure> rows = new ArrayList<>();
        for (PerformanceService.Row r : performance.dashboard(quarter, TREND_QUARTERS, asOf).rows()) {
            String id = "board-trend-" + r.headline().key().replace('_', '-');
            List<PlanDocument.Point> trend = r.trend().stream().map(p -> new PlanDocument.Point(p.label(), p.value())).toList();
            rows.add(new PlanDocument.Measure(r.headline().key(), r.headline().label(), r.headline().unit(), r.value(), r.previous(),
                    r.rag().name(), r.provisional(), id, PlanCharts.svg(id, r.headline().label(), r.headline().unit(), trend), trend,
                    List.of()));
        }
        List<Period> cohorts = quarter.quartersEndingHere(TRACKER_COHORTS + 4).subList(0, TRACKER_COHORTS);
        return new BoardReport(tenant, tenants.displayName(tenant), quarter.id(), previous.id(), quarter.start(), quarter.end(), asOf,
                rows, measures.kpis(quarter, asOf), measures.kpis(previous, asOf),
                cohorts.stream().map(c -> measures.reoffending(c, asOf)).toList(), caseload(quarter), risks.available(),
                risks.highAndEscalated(), actionsDue(quarter, asOf), measures.disposals(quarter, asOf), measures.remand(quarter, asOf));
    }

    private BoardReport.Caseload caseload(Period q) {
        long open = sql.one("SELECT count(*) FROM child WHERE tenant_id = :tenant AND status = 'open'", rs -> rs.getLong(1)).orElse(0L);
        long[] i = sql.one("""
                SELECT count(DISTINCT child_id) FILTER (WHERE start_date <= ? AND (end_date IS NULL OR end_date >= ?)),
                       count(*) FILTER (WHERE start_date BETWEEN ? AND ?),
                       count(*) FILTER (WHERE end_date BETWEEN ? AND ?)
                FROM intervention WHERE tenant_id = :tenant""", rs -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)},
                q.end(), q.start(), q.start(), q.end(), q.start(), q.end()).orElse(new long[3]);
        return new BoardReport.Caseload(open, i[0], i[1], i[2]);
    }

    private List<BoardReport.DueAction> actionsDue(Period q, LocalDate asOf) {
        LocalDate horizon = q.end().plusMonths(3);
        return sql.list("""
                SELECT p.title AS plan, pr.title AS priority, a.action, a.owner, a.due_on, a.rag FROM plan_action a
                JOIN plan p ON p.tenant_id = a.tenant_id AND p.id = a.plan_id
                JOIN plan_priority pr ON pr.tenant_id = a.tenant_id AND pr.id = a.priority_id
                WHERE a.tenant_id = :tenant AND p.id = (SELECT id FROM plan WHERE tenant_id = :tenant AND status <> 'superseded'
                    ORDER BY plan_year DESC, revision DESC LIMIT 1)
                  AND a.rag <> 'complete' AND a.due_on <= ?
                ORDER BY a.due_on, pr.position, a.position""", rs -> new BoardReport.DueAction(rs.getString("plan"),
                rs.getString("priority"), rs.getString("action"), rs.getString("owner"), PlanSql.date(rs, "due_on"),
                rs.getString("rag"), PlanSql.date(rs, "due_on").isBefore(asOf)), horizon);
    }
}
