package org.yothub.plans.report;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.HashMap;
import java.util.Map;
import org.yothub.plans.document.PdfWriter;
import org.yothub.plans.document.PlanRenderer;
import org.yothub.plans.document.PlanTemplates;
import org.yothub.platform.audit.AuditAction;
import org.yothub.platform.audit.Audited;
import org.yothub.platform.security.Roles;
import org.yothub.platform.web.TableDownload;

/** The oversight report across YOTs (oversight users only): a page, a PDF and a spreadsheet. */
@Controller("/oversight-reports")
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.OVERSIGHT)
class OversightReportController {
    private final OversightReportService reports;
    private final PlanRenderer renderer;

    OversightReportController(OversightReportService reports, PlanRenderer renderer) {
        this.reports = reports;
        this.renderer = renderer;
    }

    @Get
    @View("plans/report/oversight")
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.VIEW, entity = "oversight_report", idParam = "period")
    Map<String, Object> show(@Nullable @QueryValue String period, @Nullable @QueryValue String region) {
        OversightReport report = reports.report(period, region);
        Map<String, Object> m = new HashMap<>();
        m.put("report", report);
        m.put("query", "period=" + report.period() + (report.region() == null ? "" : "&region=" + report.region()));
        return m;
    }

    @Get("/report.pdf")
    @Produces("application/pdf")
    @Audited(action = AuditAction.EXPORT, entity = "oversight_report", idParam = "period")
    HttpResponse<byte[]> pdf(@Nullable @QueryValue String period, @Nullable @QueryValue String region) {
        OversightReport report = reports.report(period, region);
        String html = renderer.render(PlanTemplates.DEFAULT, "oversight-report.ftl", Map.of("report", report));
        return HttpResponse.ok(PdfWriter.pdf(html)).contentType(MediaType.of("application/pdf"))
                .header("Content-Disposition", "attachment; filename=\"" + name(report) + ".pdf\"");
    }

    @Get("/report.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Audited(action = AuditAction.EXPORT, entity = "oversight_report", idParam = "period")
    HttpResponse<byte[]> xlsx(@Nullable @QueryValue String period, @Nullable @QueryValue String region) {
        OversightReport report = reports.report(period, region);
        return TableDownload.xlsx(name(report), "Oversight " + report.period(), OversightReportService.HEADER,
                OversightReportService.table(report));
    }

    private static String name(OversightReport r) {
        return "oversight-report-v" + r.releaseVersion() + "-" + r.period() + (r.region() == null ? "" : "-" + r.region());
    }
}
