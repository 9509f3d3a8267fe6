package org.yothub.volunteers.role;

import io.micronaut.core.annotation.Nullable;
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

/** The YOT's list of volunteer roles: read by managers, kept by the volunteer coordinator. */
@Controller
@Secured({Roles.VOLUNTEER_COORDINATOR, Roles.TEAM_MANAGER, Roles.YOT_MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Volunteers")
class VolunteerRoleController {
    private final VolunteerRoleService roles;
    private final FormBinder binder;

    VolunteerRoleController(VolunteerRoleService roles, FormBinder binder) {
        this.roles = roles;
        this.binder = binder;
    }

    @Operation(summary = "List your YOT's volunteer roles")
    @Get("/api/v1/volunteers/roles")
    @Audited(action = AuditAction.VIEW, entity = "volunteer_role")
    List<VolunteerRoleView> list() {
        return roles.all();
    }

    @Operation(summary = "Add a volunteer role")
    @Post("/api/v1/volunteers/roles")
    @Secured(Roles.VOLUNTEER_COORDINATOR)
    @Audited(action = AuditAction.CREATE, entity = "volunteer_role")
    HttpResponse<VolunteerRoleView> create(@Body @Valid VolunteerRoleForm form) {
        VolunteerRoleView created = roles.create(form);
        return HttpResponse.created(created).headers(h -> h.location(URI.create("/api/v1/volunteers/roles/" + created.id())));
    }

    @Operation(summary = "One volunteer role")
    @Get("/api/v1/volunteers/roles/{id}")
    @Audited(action = AuditAction.VIEW, entity = "volunteer_role")
    VolunteerRoleView show(UUID id) {
        return roles.show(id);
    }

    @Operation(summary = "Rename, retire or restore a volunteer role (send the version you read)")
    @Put("/api/v1/volunteers/roles/{id}")
    @Secured(Roles.VOLUNTEER_COORDINATOR)
    @Audited(action = AuditAction.UPDATE, entity = "volunteer_role")
    VolunteerRoleView update(UUID id, @Body @Valid VolunteerRoleForm form) {
        return roles.update(id, form);
    }

    @Hidden
    @Get("/volunteers/roles")
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.VIEW, entity = "volunteer_role")
    ModelAndView<Map<String, Object>> page() {
        return page(Map.of(), Map.of());
    }

    @Hidden
    @Post("/volunteers/roles")
    @Secured(Roles.VOLUNTEER_COORDINATOR)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.CREATE, entity = "volunteer_role")
    HttpResponse<?> add(@Body Map<String, String> fields) {
        FormBinder.Bound<VolunteerRoleForm> bound = binder.bind(VolunteerRoleForm.class, fields);
        if (!bound.ok()) {
            return HttpResponse.badRequest(page(bound.errors(), fields));
        }
        try {
            roles.create(bound.value());
        } catch (ProblemException e) {
            return HttpResponse.badRequest(page(FormBinder.errorsOf(e), fields));
        }
        return HttpResponse.seeOther(URI.create("/volunteers/roles"));
    }

    private ModelAndView<Map<String, Object>> page(Map<String, String> errors, @Nullable Map<String, String> fields) {
        Map<String, Object> model = new HashMap<>();
        model.put("roles", roles.all());
        model.put("errors", errors);
        model.put("fields", fields == null ? Map.of() : fields);
        return new ModelAndView<>("volunteers/role/list", model);
    }
}
