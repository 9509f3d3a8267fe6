package org.yothub.riskregister.risk;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.yothub.platform.audit.AuditAction;
import org.yothub.platform.audit.Audited;
import org.yothub.platform.security.Roles;
import org.yothub.platform.web.FormBinder;
import org.yothub.platform.web.ProblemException;
import org.yothub.riskregister.objective.RiskObjectiveService;
import org.yothub.riskregister.risk.RiskForms.ActionForm;
import org.yothub.riskregister.risk.RiskForms.RiskForm;

/** The register in the browser: the table, one risk, the risk form, controls and actions. */
@Controller("/risks")
@Hidden
@Secured({Roles.YOT_MANAGER, Roles.TEAM_MANAGER, Roles.BOARD_MEMBER})
@ExecuteOn(TaskExecutors.BLOCKING)
class RiskPageController {
    private static final String CONFLICT = "This risk was changed by someone else after you opened it. Reload it, then make your change again.";
    private final RiskService risks;
    private final RiskObjectiveService objectives;
    private final RiskPageModels models;
    private final FormBinder binder;

    RiskPageController(RiskService risks, RiskObjectiveService objectives, RiskPageModels models, FormBinder binder) {
        this.risks = risks;
        this.objectives = objectives;
        this.models = models;
        this.binder = binder;
    }

    @Get("/register")
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.VIEW, entity = "risk")
    ModelAndView<Map<String, Object>> register(@Nullable @QueryValue String status, @Nullable @QueryValue String band,
                                               @Nullable @QueryValue("objective_id") String objective,
                                               @Nullable @QueryValue String convention) {
        UUID objectiveId = objective == null || objective.isBlank() ? null : parse(objective);
        Map<String, Object> model = new HashMap<>();
        model.put("risks", risks.list(blank(status), blank(band), objectiveId));
        model.put("objectives", objectives.all());
        model.put("filter", Map.of("status", status == null ? "" : status, "band", band == null ? "" : band,
                "objective_id", objective == null ? "" : objective,
                "convention", convention == null || convention.isBlank() ? "score" : convention));
        return new ModelAndView<>("riskregister/risk/list", model);
    }

    @Get("/new")
    @Secured({Roles.YOT_MANAGER, Roles.TEAM_MANAGER})
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> newForm() {
        return models.form(null, Map.of("likelihood", "3", "impact", "3", "status", "open"), Map.of());
    }

    @Post
    @Secured({Roles.YOT_MANAGER, Roles.TEAM_MANAGER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.CREATE, entity = "risk")
    HttpResponse<?> create(@Body Map<String, String> fields) {
        FormBinder.Bound<RiskForm> bound = binder.bind(RiskForm.class, fields);
        if (!bound.ok()) {
            return HttpResponse.badRequest(models.form(null, fields, bound.errors()));
        }
        try {
            return HttpResponse.seeOther(URI.create("/risks/" + risks.create(bound.value()).id()));
        } catch (ProblemException e) {
            return HttpResponse.badRequest(models.form(null, fields, FormBinder.errorsOf(e)));
        }
    }

    @Get("/{id}")
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.VIEW, entity = "risk")
    ModelAndView<Map<String, Object>> show(UUID id) {
        return models.show(risks.show(id), Map.of(), Map.of());
    }

    @Get("/{id}/edit")
    @Secured({Roles.YOT_MANAGER, Roles.TEAM_MANAGER})
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.VIEW, entity = "risk")
    ModelAndView<Map<String, Object>> editForm(UUID id) {
        RiskView r = risks.show(id);
        return models.form(r, RiskPageModels.fieldsOf(r), Map.of());
    }

    @Post("/{id}")
    @Secured({Roles.YOT_MANAGER, Roles.TEAM_MANAGER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.UPDATE, entity = "risk")
    HttpResponse<?> update(UUID id, @Body Map<String, String> fields) {
        RiskView existing = risks.show(id);
        FormBinder.Bound<RiskForm> bound = binder.bind(RiskForm.class, fields);
        if (!bound.ok()) {
            return HttpResponse.badRequest(models.form(existing, fields, bound.errors()));
        }
        try {
            risks.update(id, bound.value());
            return HttpResponse.seeOther(URI.create("/risks/" + id));
        } catch (ProblemException e) {
            return HttpResponse.badRequest(models.form(existing, fields, FormBinder.errorsOf(e)));
        } catch (OptimisticLockException e) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(models.form(existing, fields, Map.of("version", CONFLICT)));
        }
    }

    @Post("/{id}/actions")
    @Secured({Roles.YOT_MANAGER, Roles.TEAM_MANAGER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.UPDATE, entity = "risk")
    HttpResponse<?> addAction(UUID id, @Body Map<String, String> fields) {
        return action(id, fields, f -> () -> risks.addAction(id, f));
    }

    @Post("/{id}/actions/{actionId}")
    @Secured({Roles.YOT_MANAGER, Roles.TEAM_MANAGER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.UPDATE, entity = "risk")
    HttpResponse<?> updateAction(UUID id, UUID actionId, @Body Map<String, String> fields) {
        return action(id, fields, f -> () -> risks.updateAction(id, actionId, f));
    }

    private HttpResponse<?> action(UUID id, Map<String, String> fields,
                                   java.util.function.Function<ActionForm, Supplier<RiskView>> work) {
        FormBinder.Bound<ActionForm> bound = binder.bind(ActionForm.class, fields);
        if (!bound.ok()) {
            return HttpResponse.badRequest(models.show(risks.show(id), fields, bound.errors()));
        }
        try {
            work.apply(bound.value()).get();
            return HttpResponse.seeOther(URI.create("/risks/" + id + "#actions"));
        } catch (ProblemException e) {
            return HttpResponse.badRequest(models.show(risks.show(id), fields, FormBinder.errorsOf(e)));
        } catch (OptimisticLockException e) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(models.show(risks.show(id), fields, Map.of("version", CONFLICT)));
        }
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.field("objective_id", "invalid", "must be one of the listed objectives");
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
