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
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.yothub.plans.Actor;
import org.yothub.plans.FormErrors;
import org.yothub.plans.board.BoardMemberService;
import org.yothub.plans.document.PlanDocumentService;
import org.yothub.plans.document.PlanRenditionService;
import org.yothub.plans.document.PlanTemplates;
import org.yothub.platform.audit.AuditAction;
import org.yothub.platform.audit.Audited;
import org.yothub.platform.security.Roles;
import org.yothub.platform.tenancy.CurrentTenant;
import org.yothub.platform.web.ProblemException;

/** The plans pages: list with the 30 June deadline, a plan's sections and workflow. */
@Controller("/plans")
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.YOT_MANAGER, Roles.TEAM_MANAGER, Roles.PERFORMANCE_OFFICER, Roles.BOARD_MEMBER})
class PlanPageController {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);
    private final PlanService plans;
    private final NarrativeService narratives;
    private final PlanDocumentService documents;
    private final PlanRenditionService renditions;
    private final BoardMemberService board;
    private final PlanTemplates templates;
    private final CurrentTenant currentTenant;
    private final Actor actor;
    private final Validator validator;

    PlanPageController(PlanService plans, NarrativeService narratives, PlanDocumentService documents, PlanRenditionService renditions,
                       BoardMemberService board, PlanTemplates templates, CurrentTenant currentTenant, Actor actor, Validator validator) {
        this.plans = plans;
        this.narratives = narratives;
        this.documents = documents;
        this.renditions = renditions;
        this.board = board;
        this.templates = templates;
        this.currentTenant = currentTenant;
        this.actor = actor;
        this.validator = validator;
    }

    @Get
    @View("plans/plan/list")
    @Produces(MediaType.TEXT_HTML)
    Map<String, Object> list() {
        return listModel(Map.of(), Map.of());
    }

    private Map<String, Object> listModel(Map<String, String> form, Map<String, String> errors) {
        List<PlanView> all = plans.list();
        Map<String, Object> model = new HashMap<>();
        model.put("plans", all);
        model.put("deadline", deadline(plans.today(), all));
        model.put("form", form);
        model.put("errors", errors);
        model.put("canEdit", editor());
        return model;
    }

    /** The reminder for the current financial year's plan (due 30 June). */
    static Map<String, Object> deadline(LocalDate today, List<PlanView> all) {
        int year = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        LocalDate due = LocalDate.of(year, 6, 30);
        String label = year + "/" + String.format("%02d", (year + 1) % 100);
        PlanView published = all.stream().filter(p -> p.planYear() == year && p.status().equals("published")).findFirst().orElse(null);
        long days = ChronoUnit.DAYS.between(today, due);
        String message;
        boolean overdue = false;
        if (published != null) {
            message = "The " + label + " plan was published. The next plan is due by 30 June " + (year + 1) + ".";
        } else if (days >= 0) {
            message = "The " + label + " plan is due with the Youth Justice Board by " + due.format(DATE) + ": " + days
                    + (days == 1 ? " day" : " days") + " left.";
        } else {
            overdue = true;
            message = "The " + label + " plan was due with the Youth Justice Board by " + due.format(DATE) + " and is "
                    + (-days) + " days overdue.";
        }
        Map<String, Object> m = new HashMap<>();
        m.put("year", year);
        m.put("message", message);
        m.put("overdue", overdue);
        return m;
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Secured({Roles.YOT_MANAGER, Roles.TEAM_MANAGER})
    @Audited(action = AuditAction.CREATE, entity = "plan")
    HttpResponse<?> create(@Body Map<String, String> form) {
        Map<String, String> errors = new LinkedHashMap<>();
        Integer year = null;
        try {
            year = Integer.valueOf(String.valueOf(FormErrors.value(form, "plan_year")));
        } catch (NumberFormatException e) {
            errors.put("plan_year", "Enter the year the plan starts, for example 2025");
        }
        if (errors.isEmpty()) {
            PlanForm plan = new PlanForm(year, FormErrors.value(form, "structure"), null);
            errors.putAll(FormErrors.of(validator, plan));
            if (errors.isEmpty()) {
                try {
                    return HttpResponse.seeOther(URI.create("/plans/" + plans.create(plan).id()));
                } catch (ProblemException e) {
                    errors.putAll(FormErrors.of(e));
                }
            }
        }
        return HttpResponse.badRequest(new ModelAndView<>("plans/plan/list", listModel(form, errors)));
    }

    @Get("/{id}")
    @View("plans/plan/show")
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.VIEW, entity = "plan")
    Map<String, Object> show(@PathVariable UUID id) {
        return showModel(plans.get(id), Map.of());
    }

    private Map<String, Object> showModel(PlanView plan, Map<String, String> errors) {
        Map<String, NarrativeView> latest = narratives.latest(plan.id());
        List<Map<String, Object>> sections = new java.util.ArrayList<>();
        for (String[] s : templates.outline(currentTenant.require(), plan.structure())) {
            Map<String, Object> row = new HashMap<>();
            row.put("key", s[0]);
            row.put("title", s[1]);
            boolean narrative = PlanSections.has(plan.structure(), s[0]);
            row.put("narrative", narrative);
            row.put("writable", narrative && plan.editable() && narratives.mayWrite(s[0]));
            row.put("data", SectionData.describe(s[0]));
            NarrativeView n = latest.get(s[0]);
            if (n != null) {
                row.put("revision", n.revision());
                row.put("changedName", n.changedName() == null ? n.changedBy() : n.changedName());
                row.put("changedAt", n.changedAt().atZone(java.time.ZoneId.of("Europe/London")).format(DATE));
            }
            sections.add(row);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("plan", plan);
        model.put("sections", sections);
        model.put("steps", WorkflowSteps.available(plan, actor));
        model.put("errors", errors);
        model.put("canEdit", editor());
        model.put("dateFormat", DATE);
        renditions.list(plan.id()).stream().findFirst().ifPresent(r -> model.put("renditionDate",
                r.renderedAt().atZone(java.time.ZoneId.of("Europe/London")).format(DATE)));
        return model;
    }

    @Post("/{id}/{step}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.UPDATE, entity = "plan")
    HttpResponse<?> step(@PathVariable UUID id, @PathVariable String step, @Body Map<String, String> form) {
        PlanView plan = plans.get(id);
        if (!WorkflowSteps.allowed(step, actor)) {
            return HttpResponse.status(io.micronaut.http.HttpStatus.FORBIDDEN);
        }
        try {
            long version = Long.parseLong(String.valueOf(FormErrors.value(form, "version")));
            PlanView after = switch (step) {
                case "submit" -> plans.submit(id, version);
                case "return" -> plans.returnToDraft(id, version);
                case "approve" -> plans.chairApproval(id, version, board.chairName().orElse(actor.displayName()));
                case "sign" -> plans.managerSignOff(id, version);
                case "publish" -> documents.publish(id, version);
                case "revise" -> plans.newRevision(id);
                default -> throw new org.yothub.platform.web.NotFoundException("Step");
            };
            return HttpResponse.seeOther(URI.create("/plans/" + after.id()));
        } catch (NumberFormatException e) {
            return HttpResponse.badRequest(new ModelAndView<>("plans/plan/show", showModel(plan, Map.of("version", "Reload the page and try again"))));
        } catch (ProblemException e) {
            return HttpResponse.badRequest(new ModelAndView<>("plans/plan/show", showModel(plans.get(id), FormErrors.of(e))));
        }
    }

    private boolean editor() {
        return actor.hasRole(Roles.YOT_MANAGER) || actor.hasRole(Roles.TEAM_MANAGER);
    }
}
