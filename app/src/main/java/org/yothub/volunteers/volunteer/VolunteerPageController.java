package org.yothub.volunteers.volunteer;

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
import java.util.function.Function;
import org.yothub.platform.audit.AuditAction;
import org.yothub.platform.audit.Audited;
import org.yothub.platform.security.Roles;
import org.yothub.platform.web.FormBinder;
import org.yothub.platform.web.ProblemException;
import org.yothub.volunteers.role.VolunteerRoleService;
import org.yothub.volunteers.volunteer.VolunteerRecordForms.AssignmentForm;
import org.yothub.volunteers.volunteer.VolunteerRecordForms.ConflictForm;
import org.yothub.volunteers.volunteer.VolunteerRecordForms.DbsCheckForm;
import org.yothub.volunteers.volunteer.VolunteerRecordForms.EndAssignmentForm;
import org.yothub.volunteers.volunteer.VolunteerRecordForms.TrainingForm;

/**
 * The volunteer register in the browser. Record forms (checks, trainings, roles, conflicts) sit
 * on the volunteer's page; a refused one re-renders that page with the error summary.
 */
@Controller("/volunteers")
@Hidden
@Secured({Roles.VOLUNTEER_COORDINATOR, Roles.TEAM_MANAGER, Roles.YOT_MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
class VolunteerPageController {
    private static final String CONFLICT = "This volunteer was changed by someone else after you opened the page. "
            + "Reload it, then make your change again.";
    private final VolunteerService volunteers;
    private final VolunteerRecordsService records;
    private final VolunteerQueries queries;
    private final VolunteerRoleService roles;
    private final FormBinder binder;

    VolunteerPageController(VolunteerService volunteers, VolunteerRecordsService records, VolunteerQueries queries,
                            VolunteerRoleService roles, FormBinder binder) {
        this.volunteers = volunteers;
        this.records = records;
        this.queries = queries;
        this.roles = roles;
        this.binder = binder;
    }

    @Get("/all")
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.VIEW, entity = "volunteer")
    ModelAndView<Map<String, Object>> list(@Nullable @QueryValue String status, @Nullable @QueryValue String role,
                                           @Nullable @QueryValue String q) {
        Map<String, Object> model = new HashMap<>();
        model.put("volunteers", queries.register(blank(status), blank(role), blank(q)));
        model.put("roles", roles.all());
        model.put("filter", Map.of("status", status == null ? "" : status, "role", role == null ? "" : role,
                "q", q == null ? "" : q));
        return new ModelAndView<>("volunteers/volunteer/list", model);
    }

    @Get("/new")
    @Secured(Roles.VOLUNTEER_COORDINATOR)
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> newForm() {
        return form(null, Map.of("status", "applicant"), Map.of());
    }

    @Post
    @Secured(Roles.VOLUNTEER_COORDINATOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.CREATE, entity = "volunteer")
    HttpResponse<?> create(@Body Map<String, String> fields) {
        FormBinder.Bound<VolunteerForm> bound = binder.bind(VolunteerForm.class, fields);
        if (!bound.ok()) {
            return HttpResponse.badRequest(form(null, fields, bound.errors()));
        }
        try {
            VolunteerView v = volunteers.register(bound.value());
            return HttpResponse.seeOther(URI.create("/volunteers/" + v.id()));
        } catch (ProblemException e) {
            return HttpResponse.badRequest(form(null, fields, FormBinder.errorsOf(e)));
        }
    }

    @Get("/{id}")
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.VIEW, entity = "volunteer")
    ModelAndView<Map<String, Object>> show(UUID id) {
        return showPage(id, null, Map.of(), Map.of());
    }

    @Get("/{id}/edit")
    @Secured(Roles.VOLUNTEER_COORDINATOR)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.VIEW, entity = "volunteer")
    ModelAndView<Map<String, Object>> editForm(UUID id) {
        return form(volunteers.show(id), VolunteerFields.of(volunteers.show(id)), Map.of());
    }

    @Post("/{id}")
    @Secured(Roles.VOLUNTEER_COORDINATOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.UPDATE, entity = "volunteer")
    HttpResponse<?> update(UUID id, @Body Map<String, String> fields) {
        VolunteerView existing = volunteers.show(id);
        FormBinder.Bound<VolunteerForm> bound = binder.bind(VolunteerForm.class, fields);
        if (!bound.ok()) {
            return HttpResponse.badRequest(form(existing, fields, bound.errors()));
        }
        try {
            volunteers.update(id, bound.value());
            return HttpResponse.seeOther(URI.create("/volunteers/" + id));
        } catch (ProblemException e) {
            return HttpResponse.badRequest(form(existing, fields, FormBinder.errorsOf(e)));
        } catch (OptimisticLockException e) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(form(existing, fields, Map.of("version", CONFLICT)));
        }
    }

    @Post("/{id}/dbs-checks")
    @Secured(Roles.VOLUNTEER_COORDINATOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.UPDATE, entity = "volunteer")
    HttpResponse<?> addCheck(UUID id, @Body Map<String, String> fields) {
        return record(id, "dbs", fields, DbsCheckForm.class, f -> records.addCheck(id, f));
    }

    @Post("/{id}/trainings")
    @Secured(Roles.VOLUNTEER_COORDINATOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.UPDATE, entity = "volunteer")
    HttpResponse<?> addTraining(UUID id, @Body Map<String, String> fields) {
        return record(id, "training", fields, TrainingForm.class, f -> records.addTraining(id, f));
    }

    @Post("/{id}/assignments")
    @Secured(Roles.VOLUNTEER_COORDINATOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.UPDATE, entity = "volunteer")
    HttpResponse<?> assign(UUID id, @Body Map<String, String> fields) {
        return record(id, "role", fields, AssignmentForm.class, f -> records.assign(id, f));
    }

    @Post("/{id}/assignments/{assignmentId}/end")
    @Secured(Roles.VOLUNTEER_COORDINATOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.UPDATE, entity = "volunteer")
    HttpResponse<?> endAssignment(UUID id, UUID assignmentId, @Body Map<String, String> fields) {
        return record(id, "role", fields, EndAssignmentForm.class, f -> records.endAssignment(id, assignmentId, f));
    }

    @Post("/{id}/conflicts")
    @Secured(Roles.VOLUNTEER_COORDINATOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.UPDATE, entity = "volunteer")
    HttpResponse<?> addConflict(UUID id, @Body Map<String, String> fields) {
        return record(id, "conflict", fields, ConflictForm.class, f -> records.addConflict(id, f));
    }

    @Post("/{id}/conflicts/{conflictId}/delete")
    @Secured(Roles.VOLUNTEER_COORDINATOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.UPDATE, entity = "volunteer")
    HttpResponse<?> removeConflict(UUID id, UUID conflictId) {
        records.removeConflict(id, conflictId);
        return HttpResponse.seeOther(URI.create("/volunteers/" + id + "#conflicts"));
    }

    private <F> HttpResponse<?> record(UUID id, String section, Map<String, String> fields, Class<F> type,
                                       Function<F, VolunteerView> action) {
        FormBinder.Bound<F> bound = binder.bind(type, fields);
        if (!bound.ok()) {
            return HttpResponse.badRequest(showPage(id, section, fields, bound.errors()));
        }
        try {
            action.apply(bound.value());
            return HttpResponse.seeOther(URI.create("/volunteers/" + id + "#" + section));
        } catch (ProblemException e) {
            return HttpResponse.badRequest(showPage(id, section, fields, FormBinder.errorsOf(e)));
        } catch (OptimisticLockException e) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(showPage(id, section, fields, Map.of("version", CONFLICT)));
        }
    }

    private ModelAndView<Map<String, Object>> showPage(UUID id, String section, Map<String, String> fields,
                                                        Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("volunteer", volunteers.show(id));
        model.put("roles", roles.all());
        model.put("section", section == null ? "" : section);
        model.put("fields", fields);
        model.put("errors", errors);
        return new ModelAndView<>("volunteers/volunteer/show", model);
    }

    private ModelAndView<Map<String, Object>> form(VolunteerView existing, Map<String, String> fields,
                                                    Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("volunteer", existing == null ? Map.of() : existing);
        model.put("editing", existing != null);
        model.put("fields", fields);
        model.put("errors", errors);
        return new ModelAndView<>("volunteers/volunteer/form", model);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
