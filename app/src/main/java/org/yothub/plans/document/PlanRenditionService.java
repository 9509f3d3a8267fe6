package org.yothub.plans.document;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.yothub.plans.PlanSql;
import org.yothub.plans.plan.PlanForm;
import org.yothub.plans.plan.PlanService;
import org.yothub.plans.plan.PlanView;
import org.yothub.platform.tenancy.TenantTransactional;
import org.yothub.platform.web.NotFoundException;

/**
 * PDFs of the current YOT's plan rendered by a plan batch (table plan_rendition, append-only):
 * the batch renders the year's plan once per YOT and stores it, and the YOT's staff download the
 * latest rendition of a plan.
 */
@Singleton
@TenantTransactional
public class PlanRenditionService {
    private static final String COLUMNS = "id, plan_id, batch_id, rendered_at, size, sha256";
    private final PlanService plans;
    private final PlanDocumentService documents;
    private final PlanSql sql;

    PlanRenditionService(PlanService plans, PlanDocumentService documents, PlanSql sql) {
        this.plans = plans;
        this.documents = documents;
        this.sql = sql;
    }

    /**
     * Renders the current YOT's plan for {@code planYear} (its newest revision; a new draft from
     * live data when the YOT has no plan for that year) to PDF and stores it under {@code batchId}.
     */
    public PlanRenditionView renderYear(int planYear, UUID batchId) {
        UUID planId = plans.list().stream().filter(p -> p.planYear() == planYear).findFirst().map(PlanView::id)
                .orElseGet(() -> plans.create(new PlanForm(planYear, null, null)).id());
        byte[] pdf = documents.pdf(planId).content();
        UUID id = UUID.randomUUID();
        sql.update("INSERT INTO plan_rendition (tenant_id, id, plan_id, batch_id, pdf, size, sha256) "
                + "VALUES (:tenant, ?, ?, ?, ?, ?, ?)", id, planId, batchId, pdf, pdf.length, PlanDocumentService.sha256(pdf));
        return sql.one("SELECT " + COLUMNS + " FROM plan_rendition WHERE tenant_id = :tenant AND id = ?",
                PlanRenditionService::view, id).orElseThrow();
    }

    /** The renditions of one of the current YOT's plans, newest first. */
    @TenantTransactional(readOnly = true)
    public List<PlanRenditionView> list(UUID planId) {
        plans.get(planId);
        return sql.list("SELECT " + COLUMNS + " FROM plan_rendition WHERE tenant_id = :tenant AND plan_id = ? "
                + "ORDER BY rendered_at DESC, id", PlanRenditionService::view, planId);
    }

    /** The newest rendition's PDF; not found when the plan is another YOT's or has none. */
    @TenantTransactional(readOnly = true)
    public PlanDocumentService.File latest(UUID planId) {
        PlanView plan = plans.get(planId);
        PlanRenditionView latest = list(planId).stream().findFirst().orElseThrow(() -> new NotFoundException("Rendition"));
        byte[] pdf = sql.one("SELECT pdf FROM plan_rendition WHERE tenant_id = :tenant AND id = ?", rs -> rs.getBytes(1),
                latest.id()).orElseThrow(() -> new NotFoundException("Rendition"));
        String date = latest.renderedAt().atZone(ZoneId.of("Europe/London")).toLocalDate().toString();
        String name = PlanDocumentService.fileName(plan, "pdf").replace(".pdf", "-rendered-" + date + ".pdf");
        return new PlanDocumentService.File(name, pdf);
    }

    private static PlanRenditionView view(ResultSet rs) throws SQLException {
        return new PlanRenditionView(rs.getObject("id", UUID.class), rs.getObject("plan_id", UUID.class),
                rs.getObject("batch_id", UUID.class), PlanSql.instant(rs, "rendered_at"), rs.getInt("size"),
                rs.getString("sha256"));
    }
}
