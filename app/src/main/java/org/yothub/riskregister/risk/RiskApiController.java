package org.yothub.riskregister.risk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.yothub.platform.audit.AuditAction;
import org.yothub.platform.audit.Audited;
import org.yothub.platform.security.Roles;
import org.yothub.riskregister.risk.RiskForms.ActionForm;
import org.yothub.riskregister.risk.RiskForms.ImportForm;
import org.yothub.riskregister.risk.RiskForms.LinkForm;
import org.yothub.riskregister.risk.RiskForms.RiskForm;

/** The service risk register as JSON: the board reads it, YOT and team managers keep it. */
@Controller("/api/v1/risks")
@Secured({Roles.YOT_MANAGER, Roles.TEAM_MANAGER, Roles.BOARD_MEMBER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Risk register")
class RiskApiController {
    private final RiskService risks;
    private final RiskDashboard dashboard;
    private final RiskImportService imports;
    private final Validator validator;

    RiskApiController(RiskService risks, RiskDashboard dashboard, RiskImportService imports, Validator validator) {
        this.risks = risks;
        this.dashboard = dashboard;
        this.imports = imports;
        this.validator = validator;
    }

    @Operation(summary = "The register, highest score first; filter by status, band or objective")
    @Get
    @Audited(action = AuditAction.VIEW, entity = "risk")
    List<RiskView> list(@Nullable @QueryValue String status, @Nullable @QueryValue String band,
                        @Nullable @QueryValue("objective_id") UUID objectiveId) {
        return risks.list(status, band, objectiveId);
    }

    @Operation(summary = "Add a risk (likelihood and impact 1-5, 5 worst)")
    @Post
    @Secured({Roles.YOT_MANAGER, Roles.TEAM_MANAGER})
    @Audited(action = AuditAction.CREATE, entity = "risk")
    HttpResponse<RiskView> create(@Body @Valid RiskForm form) {
        RiskView created = risks.create(form);
        return HttpResponse.created(created).headers(h -> h.location(URI.create("/api/v1/risks/" + created.id())));
    }

    @Operation(summary = "One risk with controls, actions, links and score trend")
    @Get("/{id}")
    @Audited(action = AuditAction.VIEW, entity = "risk")
    RiskView show(UUID id) {
        return risks.show(id);
    }

    @Operation(summary = "Change, review, escalate or close a risk (send the version you read)")
    @Put("/{id}")
    @Secured({Roles.YOT_MANAGER, Roles.TEAM_MANAGER})
    @Audited(action = AuditAction.UPDATE, entity = "risk")
    RiskView update(UUID id, @Body @Valid RiskForm form) {
        return risks.update(id, form);
    }

    @Operation(summary = "Every change to a risk: who, when, what, score before and after")
    @Get("/{id}/history")
    @Audited(action = AuditAction.VIEW, entity = "risk")
    List<RiskView.TrendPoint> history(UUID id) {
        return risks.show(id).trend();
    }

    @Operation(summary = "Add a control or an action to a risk")
    @Post("/{id}/actions")
    @Secured({Roles.YOT_MANAGER, Roles.TEAM_MANAGER})
    @Audited(action = AuditAction.UPDATE, entity = "risk")
    HttpResponse<RiskView> addAction(UUID id, @Body @Valid ActionForm form) {
        return HttpResponse.created(risks.addAction(id, form));
    }

    @Operation(summary = "Change a control or action, e.g. mark it done (send the version you read)")
    @Put("/{id}/actions/{actionId}")
    @Secured({Roles.YOT_MANAGER, Roles.TEAM_MANAGER})
    @Audited(action = AuditAction.UPDATE, entity = "risk")
    RiskView updateAction(UUID id, UUID actionId, @Body @Valid ActionForm form) {
        return risks.updateAction(id, actionId, form);
    }

    @Operation(summary = "Link a risk to a plan priority or action (or another record)")
    @Post("/{id}/links")
    @Secured({Roles.YOT_MANAGER, Roles.TEAM_MANAGER})
    @Audited(action = AuditAction.UPDATE, entity = "risk")
    HttpResponse<RiskView> link(UUID id, @Body @Valid LinkForm form) {
        return HttpResponse.created(risks.link(id, form));
    }

    @Operation(summary = "Remove a link")
    @Delete("/{id}/links/{linkId}")
    @Secured({Roles.YOT_MANAGER, Roles.TEAM_MANAGER})
    @Audited(action = AuditAction.UPDATE, entity = "risk")
    RiskView unlink(UUID id, UUID linkId) {
        return risks.unlink(id, linkId);
    }

    @Operation(summary = "Counts by band, overdue reviews and actions, and the heat map")
    @Get("/dashboard")
    @Audited(action = AuditAction.VIEW, entity = "risk")
    RiskDashboard.Summary dashboard() {
        return dashboard.summary();
    }

    @Operation(summary = "Live risks on a 5 x 5 grid of likelihood by impact")
    @Get("/heat-map")
    @Audited(action = AuditAction.VIEW, entity = "risk")
    RiskDashboard.HeatMap heatMap() {
        return dashboard.heatMap();
    }

    @Operation(summary = "Risks escalated to the management board")
    @Get("/board")
    @Audited(action = AuditAction.VIEW, entity = "risk")
    List<RiskView> board() {
        return dashboard.board();
    }

    @Operation(summary = "Import a register in a seed convention (leicestershire_impact, southampton_rating, unrated, native)")
    @Post("/import")
    @Secured({Roles.YOT_MANAGER, Roles.TEAM_MANAGER})
    @Audited(action = AuditAction.IMPORT, entity = "risk")
    HttpResponse<RiskImportService.ImportResult> importJson(@Body @Valid ImportForm form) {
        return HttpResponse.created(imports.importRegister(form));
    }

    @Operation(summary = "Import a register from CSV (columns: objective, title, description, impact_narrative, rating, likelihood, controls, owner, action_owner, review_on)")
    @Post("/import/csv")
    @Consumes("text/csv")
    @Secured({Roles.YOT_MANAGER, Roles.TEAM_MANAGER})
    @Audited(action = AuditAction.IMPORT, entity = "risk")
    HttpResponse<RiskImportService.ImportResult> importCsv(@QueryValue String convention, @Body String csv) {
        ImportForm form = RiskImportService.parseCsv(convention, csv);
        Set<ConstraintViolation<ImportForm>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return HttpResponse.created(imports.importRegister(form));
    }
}
