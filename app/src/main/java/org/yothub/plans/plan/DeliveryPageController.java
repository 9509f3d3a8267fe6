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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.yothub.plans.FormErrors;
import org.yothub.plans.PlanRisks;
import org.yothub.platform.audit.AuditAction;
import org.yothub.platform.audit.Audited;
import org.yothub.platform.security.Roles;
import org.yothub.platform.web.NotFoundException;
import org.yothub.platform.web.ProblemException;

/** The delivery plan editor: priorities, actions and their progress. */
@Controller("/plans/{id}")
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.YOT_MANAGER, Roles.TEAM_MANAGER})
class DeliveryPageController {
    private final PlanService plans;
    private final DeliveryService delivery;
    private final PlanRisks risks;
    private final Validator validator;

    DeliveryPageController(PlanService plans, DeliveryService delivery, PlanRisks risks, Validator validator) {
        this.plans = plans;
        this.delivery = delivery;
        this.risks = risks;
        this.validator = validator;
    }

    @Get("/delivery")
    @View("plans/delivery/show")
    @Produces(MediaType.TEXT_HTML)
    Map<String, Object> show(@PathVariable UUID id) {
        return model(plans.get(id), Map.of(), Map.of());
    }

    private Map<String, Object> model(PlanView plan, Map<String, String> form, Map<String, String> errors) {
        Map<String, Object> m = new HashMap<>();
        m.put("plan", plan);
        m.put("priorities", delivery.of(plan.id()));
        m.put("risks", risks.highAndEscalated());
        m.put("form", form);
        m.put("errors", errors);
        return m;
    }

    @Post("/priorities")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.CREATE, entity = "plan_priority")
    HttpResponse<?> addPriority(@PathVariable UUID id, @Body Map<String, String> form) {
        PlanView plan = plans.get(id);
        PriorityForm priority = new PriorityForm(form.getOrDefault("title", ""), FormErrors.value(form, "outcome"),
                FormErrors.value(form, "lead"), delivery.of(id).size() + 1, null);
        Map<String, String> errors = FormErrors.of(validator, priority);
        if (errors.isEmpty()) {
            try {
                delivery.addPriority(id, priority);
                return HttpResponse.seeOther(URI.create("/plans/" + id + "/delivery"));
            } catch (ProblemException e) {
                errors = FormErrors.of(e);
            }
        }
        return HttpResponse.badRequest(new ModelAndView<>("plans/delivery/show", model(plan, form, errors)));
    }

    @Post("/actions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.CREATE, entity = "plan_action")
    HttpResponse<?> addAction(@PathVariable UUID id, @Body Map<String, String> form) {
        PlanView plan = plans.get(id);
        Map<String, String> errors = new LinkedHashMap<>();
        ActionForm action = action(form, null, errors);
        if (errors.isEmpty()) {
            try {
                delivery.addAction(id, action);
                return HttpResponse.seeOther(URI.create("/plans/" + id + "/delivery"));
            } catch (ProblemException e) {
                errors = FormErrors.of(e);
            }
        }
        return HttpResponse.badRequest(new ModelAndView<>("plans/delivery/show", model(plan, form, errors)));
    }

    @Get("/actions/{actionId}")
    @View("plans/delivery/form")
    @Produces(MediaType.TEXT_HTML)
    Map<String, Object> editAction(@PathVariable UUID id, @PathVariable UUID actionId) {
        PlanView plan = plans.get(id);
        DeliveryView.Action a = delivery.of(id).stream().flatMap(p -> p.actions().stream()).filter(x -> x.id().equals(actionId))
                .findFirst().orElseThrow(() -> new NotFoundException("Action"));
        Map<String, String> form = new HashMap<>();
        form.put("priority_id", a.priorityId().toString());
        form.put("version", Long.toString(a.version()));
        form.put("action", a.action());
        form.put("owner", a.owner());
        form.put("due_on", a.dueOn().toString());
        form.put("rag", a.rag());
        form.put("success_measure", a.successMeasure());
        form.put("progress", a.progress() == null ? "" : a.progress());
        form.put("position", Integer.toString(a.position()));
        a.risks().forEach(r -> form.put("risk_" + r.id(), "true"));
        Map<String, Object> m = model(plan, form, Map.of());
        m.put("actionId", actionId);
        return m;
    }

    @Post("/actions/{actionId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.UPDATE, entity = "plan_action", idParam = "actionId")
    HttpResponse<?> updateAction(@PathVariable UUID id, @PathVariable UUID actionId, @Body Map<String, String> form) {
        PlanView plan = plans.get(id);
        Map<String, String> errors = new LinkedHashMap<>();
        Long version = null;
        try {
            version = Long.valueOf(String.valueOf(FormErrors.value(form, "version")));
        } catch (NumberFormatException e) {
            errors.put("version", "Reload the page and try again");
        }
        ActionForm action = action(form, version, errors);
        if (errors.isEmpty()) {
            try {
                delivery.updateAction(id, actionId, action);
                return HttpResponse.seeOther(URI.create("/plans/" + id + "/delivery"));
            } catch (ProblemException e) {
                errors = FormErrors.of(e);
            }
        }
        Map<String, Object> m = model(plan, form, errors);
        m.put("actionId", actionId);
        return HttpResponse.badRequest(new ModelAndView<>("plans/delivery/form", m));
    }

    private ActionForm action(Map<String, String> form, Long version, Map<String, String> errors) {
        UUID priority = null;
        LocalDate due = null;
        try {
            priority = UUID.fromString(String.valueOf(form.get("priority_id")));
        } catch (IllegalArgumentException e) {
            errors.put("priority_id", "Choose a priority");
        }
        try {
            due = LocalDate.parse(String.valueOf(FormErrors.value(form, "due_on")));
        } catch (DateTimeParseException e) {
            errors.put("due_on", "Enter the due date as a date, for example 2026-03-31");
        }
        List<UUID> linked = new ArrayList<>();
        form.keySet().stream().filter(k -> k.startsWith("risk_")).forEach(k -> {
            try {
                linked.add(UUID.fromString(k.substring(5)));
            } catch (IllegalArgumentException ignored) {
                errors.put("risk_ids", "Choose risks from the list");
            }
        });
        int position = form.containsKey("position") ? Integer.parseInt(form.get("position").replaceAll("\\D", "0")) : 0;
        ActionForm action = new ActionForm(priority == null ? new UUID(0, 0) : priority, form.getOrDefault("action", ""),
                form.getOrDefault("owner", ""), due == null ? LocalDate.MIN : due, form.getOrDefault("rag", ""),
                form.getOrDefault("success_measure", ""), FormErrors.value(form, "progress"), linked, position, version);
        FormErrors.of(validator, action).forEach(errors::putIfAbsent);
        return action;
    }
}
