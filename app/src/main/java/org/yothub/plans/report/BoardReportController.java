package org.yothub.plans.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.yothub.measures.Period;
import org.yothub.plans.document.PdfWriter;
import org.yothub.plans.document.PlanRenderer;
import org.yothub.platform.audit.AuditAction;
import org.yothub.platform.audit.Audited;
import org.yothub.platform.security.Roles;
import org.yothub.platform.web.ProblemException;

/** The quarterly board performance report as a page, an HTML document and a PDF. */
@Controller("/plans/board-reports")
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.YOT_MANAGER, Roles.TEAM_MANAGER, Roles.PERFORMANCE_OFFICER, Roles.BOARD_MEMBER})
class BoardReportController {
    private final BoardReportService reports;
    private final PlanRenderer renderer;

    BoardReportController(BoardReportService reports, PlanRenderer renderer) {
        this.reports = reports;
        this.renderer = renderer;
    }

    static Period quarter(String id) {
        if (id == null || id.isBlank()) {
            return Period.quarterOf(Period.quarterOf(LocalDate.now()).start().minusDays(1));
        }
        Period p = Period.parse(id, "period");
        if (p.kind() != Period.Kind.FINANCIAL_QUARTER) {
            throw ProblemException.field("period", "quarter_only", "a board report is for one financial quarter, like FY2025-26-Q2");
        }
        return p;
    }

    @Get
    @View("plans/report/board")
    @Produces(MediaType.TEXT_HTML)
    Map<String, Object> index(@Nullable @QueryValue String period) {
        Period q = quarter(period);
        List<String> quarters = q.quartersEndingHere(8).stream().map(Period::id).toList();
        return Map.of("quarter", q.id(), "quarters", quarters);
    }

    @Get("/{period}")
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.VIEW, entity = "board_report", idParam = "period")
    HttpResponse<byte[]> html(@PathVariable String period) {
        return HttpResponse.ok(render(period).getBytes(StandardCharsets.UTF_8)).contentType(MediaType.TEXT_HTML_TYPE)
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    }

    @Get("/{period}/report.pdf")
    @Produces("application/pdf")
    @Audited(action = AuditAction.EXPORT, entity = "board_report", idParam = "period")
    HttpResponse<byte[]> pdf(@PathVariable String period) {
        Period q = quarter(period);
        return HttpResponse.ok(PdfWriter.pdf(render(period))).contentType(MediaType.of("application/pdf"))
                .header("Content-Disposition", "attachment; filename=\"board-report-" + q.id() + ".pdf\"");
    }

    private String render(String period) {
        BoardReport report = reports.report(quarter(period), LocalDate.now());
        return renderer.render(report.templateSet(), "board-report.ftl", Map.of("report", report));
    }
}
