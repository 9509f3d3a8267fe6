package org.yothub.riskregister.risk;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.yothub.platform.audit.AuditAction;
import org.yothub.platform.audit.Audited;
import org.yothub.platform.security.Roles;
import org.yothub.platform.web.TableDownload;

/** The register and the heat map as CSV or XLSX files, for board papers. */
@Controller("/risks")
@Secured({Roles.YOT_MANAGER, Roles.TEAM_MANAGER, Roles.BOARD_MEMBER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Risk register")
class RiskDownloadController {
    static final List<String> REGISTER_HEADER = List.of("Reference", "Service objective", "Risk", "Description", "Cause",
            "Impact", "Likelihood (1-5)", "Impact (1-5)", "Score", "Band", "Target score", "Owner", "Review date",
            "Status", "Source convention", "Source rating", "Controls", "Actions");
    private final RiskService risks;
    private final RiskDashboard dashboard;

    RiskDownloadController(RiskService risks, RiskDashboard dashboard) {
        this.risks = risks;
        this.dashboard = dashboard;
    }

    @Operation(summary = "The register as CSV")
    @Get("/register.csv")
    @Produces("text/csv")
    @Audited(action = AuditAction.EXPORT, entity = "risk")
    HttpResponse<byte[]> registerCsv() {
        return TableDownload.csv("risk-register", REGISTER_HEADER, registerRows());
    }

    @Operation(summary = "The register as an Excel workbook")
    @Get("/register.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Audited(action = AuditAction.EXPORT, entity = "risk")
    HttpResponse<byte[]> registerXlsx() {
        return TableDownload.xlsx("risk-register", "Risk register", REGISTER_HEADER, registerRows());
    }

    @Operation(summary = "The heat map (likelihood rows by impact columns, counts of live risks) as CSV")
    @Get("/heat-map.csv")
    @Produces("text/csv")
    @Audited(action = AuditAction.EXPORT, entity = "risk")
    HttpResponse<byte[]> heatMapCsv() {
        return TableDownload.csv("risk-heat-map", heatHeader(), heatRows());
    }

    @Operation(summary = "The heat map as an Excel workbook")
    @Get("/heat-map.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Audited(action = AuditAction.EXPORT, entity = "risk")
    HttpResponse<byte[]> heatMapXlsx() {
        return TableDownload.xlsx("risk-heat-map", "Heat map", heatHeader(), heatRows());
    }

    private List<List<Object>> registerRows() {
        List<List<Object>> rows = new ArrayList<>();
        for (RiskView r : risks.list(null, null, null)) {
            rows.add(java.util.Arrays.asList(r.riskRef(), r.objective(), r.title(), r.description(), r.cause(),
                    r.impactNarrative(), r.likelihood(), r.impact(), r.score(), r.band(), r.targetScore(), r.owner(),
                    r.reviewOn() == null ? null : r.reviewOn().toString(), r.status(), r.sourceConvention(), r.sourceRating(),
                    joined(r, "control"), joined(r, "action")));
        }
        return rows;
    }

    private static String joined(RiskView r, String kind) {
        return r.actions().stream().filter(a -> kind.equals(a.kind()))
                .map(a -> a.description() + (a.owner() == null ? "" : " [" + a.owner() + "]")
                        + (a.dueOn() == null ? "" : " due " + a.dueOn()) + " (" + a.status().replace('_', ' ') + ")")
                .collect(Collectors.joining("\n"));
    }

    private static List<String> heatHeader() {
        List<String> header = new ArrayList<>(List.of("Likelihood"));
        for (int i = 1; i <= 5; i++) {
            header.add("Impact " + i + " (" + RiskScale.IMPACT[i - 1] + ")");
        }
        return header;
    }

    private List<List<Object>> heatRows() {
        List<List<Object>> rows = new ArrayList<>();
        for (RiskDashboard.HeatRow row : dashboard.heatMap().rows()) {
            List<Object> line = new ArrayList<>();
            line.add(row.likelihood() + " (" + row.label() + ")");
            row.cells().forEach(c -> line.add(c.count()));
            rows.add(line);
        }
        return rows;
    }
}
