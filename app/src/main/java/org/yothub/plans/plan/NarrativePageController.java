package org.yothub.plans.plan;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.Validator;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.yothub.plans.FormErrors;
import org.yothub.platform.audit.AuditAction;
import org.yothub.platform.audit.Audited;
import org.yothub.platform.security.Roles;
import org.yothub.platform.web.ProblemException;

/** Writing a narrative section in the browser, with a preview of how it reads and its history. */
@Controller("/plans/{id}/sections/{key}")
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.YOT_MANAGER, Roles.TEAM_MANAGER, Roles.PERFORMANCE_OFFICER, Roles.BOARD_MEMBER})
class NarrativePageController {
    private final PlanService plans;
    private final NarrativeService narratives;
    private final Validator validator;

    NarrativePageController(PlanService plans, NarrativeService narratives, Validator validator) {
        this.plans = plans;
        this.narratives = narratives;
        this.validator = validator;
    }

    @Get
    @View("plans/narrative/form")
    @Produces(MediaType.TEXT_HTML)
    Map<String, Object> edit(@PathVariable UUID id, @PathVariable String key) {
        PlanView plan = plans.get(id);
        NarrativeView current = narratives.latest(id).get(key);
        return model(plan, key, current == null ? "" : current.body(), current == null ? 0 : current.revision(), Map.of());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Secured({Roles.YOT_MANAGER, Roles.TEAM_MANAGER, Roles.PERFORMANCE_OFFICER})
    @Audited(action = AuditAction.UPDATE, entity = "plan_narrative", idParam = "key")
    HttpResponse<?> save(@PathVariable UUID id, @PathVariable String key, @Body Map<String, String> form) {
        PlanView plan = plans.get(id);
        String body = form.getOrDefault("body", "");
        Integer base = parse(form.get("base_revision"));
        NarrativeForm narrative = new NarrativeForm(body, base);
        Map<String, String> errors = FormErrors.of(validator, narrative);
        if (errors.isEmpty()) {
            try {
                narratives.save(id, key, narrative);
                return HttpResponse.seeOther(URI.create("/plans/" + id));
            } catch (ProblemException e) {
                errors = FormErrors.of(e);
                if (errors.containsKey("form")) {
                    errors = Map.of("body", e.getMessage());
                }
            }
        }
        return HttpResponse.badRequest(new ModelAndView<>("plans/narrative/form", model(plan, key, body, base == null ? 0 : base, errors)));
    }

    private Map<String, Object> model(PlanView plan, String key, String body, int baseRevision, Map<String, String> errors) {
        List<NarrativeView> history = narratives.history(plan.id(), key);
        Map<String, Object> m = new HashMap<>();
        m.put("plan", plan);
        m.put("key", key);
        m.put("title", PlanSections.title(key));
        m.put("body", body);
        m.put("baseRevision", baseRevision);
        m.put("preview", NarrativeText.html(body));
        m.put("history", history);
        m.put("writable", plan.editable() && narratives.mayWrite(key));
        m.put("errors", errors);
        return m;
    }

    private static Integer parse(String s) {
        try {
            return s == null || s.isBlank() ? null : Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
