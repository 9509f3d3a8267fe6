package org.yothub.casework.status;

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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.yothub.platform.audit.AuditAction;
import org.yothub.platform.audit.Audited;
import org.yothub.platform.security.Roles;

/** A child's statuses over time (ETE, accommodation, health, substance misuse, wider services). */
@Controller("/api/v1")
@Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Statuses")
class StatusController {
    private final ChildStatusService statuses;

    StatusController(ChildStatusService statuses) {
        this.statuses = statuses;
    }

    @Operation(summary = "A child's status history, newest first; with as_of=YYYY-MM-DD, the status of each kind in force on that date")
    @Get("/children/{childId}/statuses")
    @Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER, Roles.PERFORMANCE_OFFICER})
    @Audited(action = AuditAction.VIEW, entity = "child", idParam = "childId")
    List<StatusView> list(UUID childId, @QueryValue("as_of") @Nullable LocalDate asOf) {
        return asOf == null ? statuses.history(childId) : statuses.asOf(childId, asOf);
    }

    @Operation(summary = "Record a change of status from a date")
    @Post("/children/{childId}/statuses")
    @Audited(action = AuditAction.CREATE, entity = "child_status")
    HttpResponse<StatusView> create(UUID childId, @Body @Valid StatusForm form) {
        return HttpResponse.created(statuses.create(childId, form));
    }

    @Operation(summary = "One status row")
    @Get("/statuses/{id}")
    @Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER, Roles.PERFORMANCE_OFFICER})
    @Audited(action = AuditAction.VIEW, entity = "child_status")
    StatusView show(UUID id) {
        return statuses.find(id);
    }

    @Operation(summary = "Correct a status row (send the version you edited)")
    @Put("/statuses/{id}")
    @Audited(action = AuditAction.UPDATE, entity = "child_status")
    StatusView update(UUID id, @Body @Valid StatusForm form) {
        return statuses.update(id, form);
    }

    @Operation(summary = "Delete a status row (with ?version=, only while it is still that version, else 409)")
    @Delete("/statuses/{id}")
    @Audited(action = AuditAction.DELETE, entity = "child_status")
    HttpResponse<Void> delete(UUID id, @QueryValue @Nullable Long version) {
        statuses.delete(id, version);
        return HttpResponse.noContent();
    }
}
