package org.yothub.riskregister.objective;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.yothub.platform.audit.AuditAction;
import org.yothub.platform.audit.Audited;
import org.yothub.platform.security.Roles;
import org.yothub.platform.web.FormBinder;
import org.yothub.platform.web.ProblemException;

/** The service objectives risks are filed under: read by the board, kept by managers. */
@Controller
@Secured({Roles.YOT_MANAGER, Roles.TEAM_MANAGER, Roles.BOARD_MEMBER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Risk register")
class RiskObjectiveController {
    private final RiskObjectiveService objectives;
    private final FormBinder binder;

    RiskObjectiveController(RiskObjectiveService objectives, FormBinder binder) {
        this.objectives = objectives;
        this.binder = binder;
    }

    @Operation(summary = "List your YOT's service objectives")
    @Get("/api/v1/risks/objectives")
    @Audited(action = AuditAction.VIEW, entity = "risk_objective")
    List<RiskObjectiveView> list() {
        return objectives.all();
    }

    @Operation(summary = "One service objective")
    @Get("/api/v1/risks/objectives/{id}")
    @Audited(action = AuditAction.VIEW, entity = "risk_objective")
    RiskObjectiveView show(UUID id) {
        return objectives.show(id);
    }

    @Operation(summary = "Add a service objective")
    @Post("/api/v1/risks/objectives")
    @Secured({Roles.YOT_MANAGER, Roles.TEAM_MANAGER})
    @Audited(action = AuditAction.CREATE, entity = "risk_objective")
    HttpResponse<RiskObjectiveView> create(@Body @Valid RiskObjectiveForm form) {
        RiskObjectiveView created = objectives.create(form);
        return HttpResponse.created(created).headers(h -> h.location(URI.create("/api/v1/risks/objectives/" + created.id())));
    }

    @Operation(summary = "Rename or retire a service objective (send the version you read)")
    @Put("/api/v1/risks/objectives/{id}")
    @Secured({Roles.YOT_MANAGER, Roles.TEAM_MANAGER})
    @Audited(action = AuditAction.UPDATE, entity = "risk_objective")
    RiskObjectiveView update(UUID id, @Body @Valid RiskObjectiveForm form) {
        return objectives.update(id, form);
    }

    @Hidden
    @Get("/risks/objectives")
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.VIEW, entity = "risk_objective")
    ModelAndView<Map<String, Object>> page() {
        return page(Map.of(), Map.of());
    }

    @Hidden
    @Post("/risks/objectives")
    @Secured({Roles.YOT_MANAGER, Roles.TEAM_MANAGER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.CREATE, entity = "risk_objective")
    HttpResponse<?> add(@Body Map<String, String> fields) {
        FormBinder.Bound<RiskObjectiveForm> bound = binder.bind(RiskObjectiveForm.class, fields);
        if (!bound.ok()) {
            return HttpResponse.badRequest(page(bound.errors(), fields));
        }
        try {
            objectives.create(bound.value());
        } catch (ProblemException e) {
            return HttpResponse.badRequest(page(FormBinder.errorsOf(e), fields));
        }
        return HttpResponse.seeOther(URI.create("/risks/objectives"));
    }

    private ModelAndView<Map<String, Object>> page(Map<String, String> errors, Map<String, String> fields) {
        Map<String, Object> model = new HashMap<>();
        model.put("objectives", objectives.all());
        model.put("errors", errors);
        model.put("fields", fields);
        return new ModelAndView<>("riskregister/objective/list", model);
    }
}
