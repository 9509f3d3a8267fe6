package org.yothub.casework.victim;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
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
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.yothub.platform.audit.AuditAction;
import org.yothub.platform.audit.Audited;
import org.yothub.platform.security.Roles;

/** Victims of offences and restorative justice. */
@Controller("/api/v1")
@Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Victims")
class VictimController {
    private final VictimService victims;

    VictimController(VictimService victims) {
        this.victims = victims;
    }

    @Operation(summary = "Victims of an offence")
    @Get("/offences/{offenceId}/victims")
    @Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER, Roles.PERFORMANCE_OFFICER})
    @Audited(action = AuditAction.VIEW, entity = "offence", idParam = "offenceId")
    List<VictimView> listForOffence(UUID offenceId) {
        return victims.listForOffence(offenceId);
    }

    @Operation(summary = "Victims of all a child's offences")
    @Get("/children/{childId}/victims")
    @Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER, Roles.PERFORMANCE_OFFICER})
    @Audited(action = AuditAction.VIEW, entity = "child", idParam = "childId")
    List<VictimView> listForChild(UUID childId) {
        return victims.listForChild(childId);
    }

    @Operation(summary = "Record a victim of an offence")
    @Post("/offences/{offenceId}/victims")
    @Audited(action = AuditAction.CREATE, entity = "victim")
    HttpResponse<VictimView> create(UUID offenceId, @Body @Valid VictimForm form) {
        return HttpResponse.created(victims.create(offenceId, form));
    }

    @Operation(summary = "One victim")
    @Get("/victims/{id}")
    @Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER, Roles.PERFORMANCE_OFFICER})
    @Audited(action = AuditAction.VIEW, entity = "victim")
    VictimView show(UUID id) {
        return victims.find(id);
    }

    @Operation(summary = "Change a victim's record (send the version you edited)")
    @Put("/victims/{id}")
    @Audited(action = AuditAction.UPDATE, entity = "victim")
    VictimView update(UUID id, @Body @Valid VictimForm form) {
        return victims.update(id, form);
    }

    @Operation(summary = "Delete a victim's record (with ?version=, only while it is still that version, else 409)")
    @Delete("/victims/{id}")
    @Audited(action = AuditAction.DELETE, entity = "victim")
    HttpResponse<Void> delete(UUID id, @QueryValue @Nullable Long version) {
        victims.delete(id, version);
        return HttpResponse.noContent();
    }
}
