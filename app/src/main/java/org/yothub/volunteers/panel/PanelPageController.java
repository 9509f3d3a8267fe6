package org.yothub.volunteers.panel;

import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.yothub.platform.audit.AuditAction;
import org.yothub.platform.audit.Audited;
import org.yothub.platform.security.Roles;
import org.yothub.platform.web.FormBinder;
import org.yothub.platform.web.ProblemException;
import org.yothub.volunteers.panel.PanelForms.CancelForm;
import org.yothub.volunteers.panel.PanelForms.OutcomeForm;
import org.yothub.volunteers.panel.PanelForms.PanelForm;
import org.yothub.volunteers.role.VolunteerRoleService;
import org.yothub.volunteers.role.VolunteerRoleView;
import org.yothub.volunteers.volunteer.VolunteerQueries;
import org.yothub.volunteers.volunteer.VolunteerRow;

/** The panel rota in the browser: list, book, show, change, record outcome, cancel. */
@Controller("/volunteers/panels")
@Hidden
@Secured({Roles.VOLUNTEER_COORDINATOR, Roles.TEAM_MANAGER, Roles.YOT_MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
class PanelPageController {
    private static final String CONFLICT = "This panel was changed by someone else after you opened it. Reload it, then make your change again.";
    private final PanelService panels;
    private final VolunteerQueries volunteers;
    private final VolunteerRoleService roles;
    private final FormBinder binder;

    PanelPageController(PanelService panels, VolunteerQueries volunteers, VolunteerRoleService roles, FormBinder binder) {
        this.panels = panels;
        this.volunteers = volunteers;
        this.roles = roles;
        this.binder = binder;
    }

    @Get
    @View("volunteers/panel/list")
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.VIEW, entity = "panel")
    Map<String, Object> list() {
        LocalDate today = LocalDate.now();
        List<PanelView> all = panels.between(today.minusDays(28), today.plusDays(84));
        return Map.of("upcoming", all.stream().filter(p -> !p.sitsOn().isBefore(today)).toList(),
                "recent", all.stream().filter(p -> p.sitsOn().isBefore(today)).toList());
    }

    @Get("/new")
    @Secured(Roles.VOLUNTEER_COORDINATOR)
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> newForm() {
        return form(null, Map.of("sits_on", LocalDate.now().plusDays(7).toString(), "starts_at", "18:00",
                "ends_at", "19:30"), Map.of());
    }

    @Post
    @Secured(Roles.VOLUNTEER_COORDINATOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.CREATE, entity = "panel")
    HttpResponse<?> create(@Body Map<String, String> fields) {
        return save(null, fields, f -> panels.schedule(f));
    }

    @Get("/{id}")
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.VIEW, entity = "panel")
    ModelAndView<Map<String, Object>> show(UUID id) {
        return showPage(id, Map.of());
    }

    @Get("/{id}/edit")
    @Secured(Roles.VOLUNTEER_COORDINATOR)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.VIEW, entity = "panel")
    ModelAndView<Map<String, Object>> editForm(UUID id) {
        PanelView p = panels.show(id);
        Map<String, String> fields = new HashMap<>();
        fields.put("sits_on", p.sitsOn().toString());
        fields.put("starts_at", p.startsAt().toString());
        fields.put("ends_at", p.endsAt().toString());
        fields.put("venue", p.venue() == null ? "" : p.venue());
        fields.put("virtual", String.valueOf(p.virtual()));
        fields.put("yot_officer_id", p.yotOfficerId().toString());
        fields.put("child_id", p.childId() == null ? "" : p.childId().toString());
        for (int i = 0; i < p.members().size(); i++) {
            fields.put("member_" + (i + 1), p.members().get(i).volunteerId().toString());
            if (p.members().get(i).chair()) {
                fields.put("chair", "member_" + (i + 1));
            }
        }
        fields.put("version", String.valueOf(p.version()));
        return form(p, fields, Map.of());
    }

    @Post("/{id}")
    @Secured(Roles.VOLUNTEER_COORDINATOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.UPDATE, entity = "panel")
    HttpResponse<?> update(UUID id, @Body Map<String, String> fields) {
        return save(id, fields, f -> panels.reschedule(id, f));
    }

    @Post("/{id}/outcome")
    @Secured(Roles.VOLUNTEER_COORDINATOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.UPDATE, entity = "panel")
    HttpResponse<?> outcome(UUID id, @Body Map<String, String> fields) {
        FormBinder.Bound<OutcomeForm> bound = binder.bind(OutcomeForm.class, fields);
        return bound.ok() ? act(id, () -> panels.recordOutcome(id, bound.value()))
                : HttpResponse.badRequest(showPage(id, bound.errors()));
    }

    @Post("/{id}/cancel")
    @Secured(Roles.VOLUNTEER_COORDINATOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.UPDATE, entity = "panel")
    HttpResponse<?> cancel(UUID id, @Body Map<String, String> fields) {
        FormBinder.Bound<CancelForm> bound = binder.bind(CancelForm.class, fields);
        return bound.ok() ? act(id, () -> panels.cancel(id, bound.value()))
                : HttpResponse.badRequest(showPage(id, bound.errors()));
    }

    private HttpResponse<?> act(UUID id, Supplier<PanelView> action) {
        try {
            action.get();
            return HttpResponse.seeOther(URI.create("/volunteers/panels/" + id));
        } catch (ProblemException e) {
            return HttpResponse.badRequest(showPage(id, FormBinder.errorsOf(e)));
        } catch (OptimisticLockException e) {
            return HttpResponse.status(io.micronaut.http.HttpStatus.CONFLICT).body(showPage(id, Map.of("version", CONFLICT)));
        }
    }

    private HttpResponse<?> save(UUID id, Map<String, String> raw, java.util.function.Function<PanelForm, PanelView> action) {
        Map<String, String> fields = new HashMap<>(raw);
        String m1 = raw.getOrDefault("member_1", "");
        String m2 = raw.getOrDefault("member_2", "");
        fields.put("member_ids", String.join(",", List.of(m1, m2).stream().filter(s -> !s.isBlank()).toList()));
        String chair = raw.getOrDefault("chair", "");
        fields.put("chair_id", chair.equals("member_1") ? m1 : chair.equals("member_2") ? m2 : "");
        PanelView existing = id == null ? null : panels.show(id);
        FormBinder.Bound<PanelForm> bound = binder.bind(PanelForm.class, fields);
        if (!bound.ok()) {
            return HttpResponse.badRequest(form(existing, raw, bound.errors()));
        }
        try {
            PanelView saved = action.apply(bound.value());
            return HttpResponse.seeOther(URI.create("/volunteers/panels/" + saved.id()));
        } catch (ProblemException e) {
            return HttpResponse.badRequest(form(existing, raw, FormBinder.errorsOf(e)));
        } catch (OptimisticLockException e) {
            return HttpResponse.status(io.micronaut.http.HttpStatus.CONFLICT).body(form(existing, raw, Map.of("version", CONFLICT)));
        }
    }

    private ModelAndView<Map<String, Object>> showPage(UUID id, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        PanelView panel = panels.show(id);
        model.put("panel", panel);
        model.put("errors", errors);
        model.put("sat", !panel.sitsOn().isAfter(LocalDate.now()));
        return new ModelAndView<>("volunteers/panel/show", model);
    }

    private ModelAndView<Map<String, Object>> form(PanelView existing, Map<String, String> fields, Map<String, String> errors) {
        List<String> panelRoles = roles.all().stream().filter(VolunteerRoleView::panelRole).map(VolunteerRoleView::code).toList();
        List<VolunteerRow> members = volunteers.register("active", null, null).stream()
                .filter(r -> r.roleCodes().stream().anyMatch(panelRoles::contains)).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("panel", existing == null ? Map.of() : existing);
        model.put("editing", existing != null);
        model.put("members", members);
        model.put("officers", panels.officers().stream().map(u -> Map.of("id", u.getId().toString(), "name",
                u.getDisplayName())).toList());
        model.put("fields", fields);
        model.put("errors", errors);
        return new ModelAndView<>("volunteers/panel/form", model);
    }
}
