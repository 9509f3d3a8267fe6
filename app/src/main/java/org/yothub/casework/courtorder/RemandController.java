package org.yothub.casework.courtorder;

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

/** Remand episodes of a child with nights and cost. */
@Controller("/api/v1")
@Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Orders and remand")
class RemandController {
    private final RemandService remands;

    RemandController(RemandService remands) {
        this.remands = remands;
    }

    @Operation(summary = "A child's remand episodes with nights (end - start) and cost (nights x cost per night)")
    @Get("/children/{childId}/remands")
    @Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER, Roles.PERFORMANCE_OFFICER})
    @Audited(action = AuditAction.VIEW, entity = "child", idParam = "childId")
    List<RemandView> list(UUID childId) {
        return remands.list(childId);
    }

    @Operation(summary = "Record a remand episode")
    @Post("/children/{childId}/remands")
    @Audited(action = AuditAction.CREATE, entity = "remand")
    HttpResponse<RemandView> create(UUID childId, @Body @Valid RemandForm form) {
        return HttpResponse.created(remands.create(childId, form));
    }

    @Operation(summary = "One remand episode")
    @Get("/remands/{id}")
    @Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER, Roles.PERFORMANCE_OFFICER})
    @Audited(action = AuditAction.VIEW, entity = "remand")
    RemandView show(UUID id) {
        return remands.find(id);
    }

    @Operation(summary = "Change a remand episode, e.g. record its end (send the version you edited)")
    @Put("/remands/{id}")
    @Audited(action = AuditAction.UPDATE, entity = "remand")
    RemandView update(UUID id, @Body @Valid RemandForm form) {
        return remands.update(id, form);
    }

    @Operation(summary = "Delete a remand episode (with ?version=, only while it is still that version, else 409)")
    @Delete("/remands/{id}")
    @Audited(action = AuditAction.DELETE, entity = "remand")
    HttpResponse<Void> delete(UUID id, @QueryValue @Nullable Long version) {
        remands.delete(id, version);
        return HttpResponse.noContent();
    }
}
