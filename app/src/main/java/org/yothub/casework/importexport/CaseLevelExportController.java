package org.yothub.casework.importexport;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.yothub.platform.audit.AuditAction;
import org.yothub.platform.audit.Audited;
import org.yothub.platform.security.Roles;
import org.yothub.platform.web.NotFoundException;

/** Case-level export in the import format. */
@Controller("/api/v1/exports")
@Secured({Roles.PERFORMANCE_OFFICER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Import and export")
class CaseLevelExportController {
    private final CaseLevelExporter exporter;

    CaseLevelExportController(CaseLevelExporter exporter) {
        this.exporter = exporter;
    }

    @Operation(summary = "Export one case-level file (children, outcomes, interventions, remands or victims) as CSV")
    @Get("/case-level/{file}.csv")
    @Produces("text/csv")
    @Audited(action = AuditAction.EXPORT, entity = "case_level", idParam = "file")
    HttpResponse<byte[]> file(String file) {
        if (!CaseLevelFormat.FILES.contains(file)) {
            throw new NotFoundException("Export file " + file);
        }
        return HttpResponse.ok(exporter.csv(file)).contentType("text/csv; charset=utf-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + ".csv\"");
    }

    @Operation(summary = "Export all five case-level files in one zip")
    @Get("/case-level.zip")
    @Produces("application/zip")
    @Audited(action = AuditAction.EXPORT, entity = "case_level")
    HttpResponse<byte[]> zip() {
        return HttpResponse.ok(exporter.zip()).contentType("application/zip")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"case-level.zip\"");
    }
}
