package org.yothub.volunteers.hours;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.yothub.platform.audit.AuditAction;
import org.yothub.platform.audit.Audited;
import org.yothub.platform.security.Roles;
import org.yothub.platform.web.FormBinder;
import org.yothub.platform.web.ProblemException;
import org.yothub.volunteers.hours.HoursViews.HoursEntryView;
import org.yothub.volunteers.hours.HoursViews.HoursTotals;
import org.yothub.volunteers.role.VolunteerRoleService;
import org.yothub.volunteers.volunteer.VolunteerService;
import org.yothub.volunteers.volunteer.VolunteerView;

/** Volunteer hours: logged by the coordinator against a volunteer, totalled for the year. */
@Controller
@Secured({Roles.VOLUNTEER_COORDINATOR, Roles.TEAM_MANAGER, Roles.YOT_MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Volunteers")
class HoursController {
    private final HoursService hours;
    private final VolunteerService volunteers;
    private final VolunteerRoleService roles;
    private final FormBinder binder;

    HoursController(HoursService hours, VolunteerService volunteers, VolunteerRoleService roles, FormBinder binder) {
        this.hours = hours;
        this.volunteers = volunteers;
        this.roles = roles;
        this.binder = binder;
    }

    @Operation(summary = "Hours given in a calendar year: total, by month, by role and by volunteer")
    @Get("/api/v1/volunteers/hours")
    @Audited(action = AuditAction.VIEW, entity = "volunteer_hours")
    HoursTotals totals(@Nullable @QueryValue Integer year) {
        return hours.totals(checkedYear(year));
    }

    @Operation(summary = "A volunteer's hours entries in a calendar year")
    @Get("/api/v1/volunteers/{id}/hours")
    @Audited(action = AuditAction.VIEW, entity = "volunteer")
    List<HoursEntryView> entries(UUID id, @Nullable @QueryValue Integer year) {
        return hours.entries(id, checkedYear(year));
    }

    @Operation(summary = "Log hours a volunteer gave")
    @Post("/api/v1/volunteers/{id}/hours")
    @Secured(Roles.VOLUNTEER_COORDINATOR)
    @Audited(action = AuditAction.UPDATE, entity = "volunteer")
    HttpResponse<HoursEntryView> log(UUID id, @Body @Valid HoursForm form) {
        return HttpResponse.created(hours.log(id, form));
    }

    @Operation(summary = "Remove an hours entry logged in error")
    @Delete("/api/v1/volunteers/{id}/hours/{entryId}")
    @Secured(Roles.VOLUNTEER_COORDINATOR)
    @Audited(action = AuditAction.UPDATE, entity = "volunteer")
    HttpResponse<Void> delete(UUID id, UUID entryId) {
        hours.delete(id, entryId);
        return HttpResponse.noContent();
    }

    @Hidden
    @Get("/volunteers/hours")
    @View("volunteers/hours/list")
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.VIEW, entity = "volunteer_hours")
    Map<String, Object> page(@Nullable @QueryValue Integer year) {
        int y = checkedYear(year);
        return Map.of("totals", hours.totals(y), "year", y);
    }

    @Hidden
    @Get("/volunteers/{id}/hours/new")
    @Secured(Roles.VOLUNTEER_COORDINATOR)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.VIEW, entity = "volunteer")
    ModelAndView<Map<String, Object>> form(UUID id) {
        return form(id, Map.of("worked_on", LocalDate.now().toString()), Map.of());
    }

    @Hidden
    @Post("/volunteers/{id}/hours")
    @Secured(Roles.VOLUNTEER_COORDINATOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.UPDATE, entity = "volunteer")
    HttpResponse<?> logFromPage(UUID id, @Body Map<String, String> fields) {
        FormBinder.Bound<HoursForm> bound = binder.bind(HoursForm.class, fields);
        if (!bound.ok()) {
            return HttpResponse.badRequest(form(id, fields, bound.errors()));
        }
        try {
            hours.log(id, bound.value());
        } catch (ProblemException e) {
            return HttpResponse.badRequest(form(id, fields, FormBinder.errorsOf(e)));
        }
        return HttpResponse.seeOther(URI.create("/volunteers/" + id + "#hours"));
    }

    private ModelAndView<Map<String, Object>> form(UUID id, Map<String, String> fields, Map<String, String> errors) {
        VolunteerView v = volunteers.show(id);
        Map<String, Object> model = new HashMap<>();
        model.put("volunteer", v);
        model.put("roles", roles.all());
        model.put("fields", fields);
        model.put("errors", errors);
        model.put("recent", hours.entries(id, LocalDate.now().getYear()));
        return new ModelAndView<>("volunteers/hours/form", model);
    }

    static int checkedYear(Integer year) {
        int y = year == null ? LocalDate.now().getYear() : year;
        if (y < 2000 || y > 2100) {
            throw ProblemException.field("year", "range", "must be between 2000 and 2100");
        }
        return y;
    }
}
