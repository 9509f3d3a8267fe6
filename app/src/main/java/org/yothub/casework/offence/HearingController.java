package org.yothub.casework.offence;

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

/** Court hearings of a child. */
@Controller("/api/v1")
@Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Offences and outcomes")
class HearingController {
    private final HearingService hearings;

    HearingController(HearingService hearings) {
        this.hearings = hearings;
    }

    @Operation(summary = "A child's court hearings, newest first")
    @Get("/children/{childId}/hearings")
    @Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER, Roles.PERFORMANCE_OFFICER})
    @Audited(action = AuditAction.VIEW, entity = "child", idParam = "childId")
    List<HearingView> list(UUID childId) {
        return hearings.list(childId);
    }

    @Operation(summary = "Record a court hearing (optionally about one of the child's offences)")
    @Post("/children/{childId}/hearings")
    @Audited(action = AuditAction.CREATE, entity = "hearing")
    HttpResponse<HearingView> create(UUID childId, @Body @Valid HearingForm form) {
        return HttpResponse.created(hearings.create(childId, form));
    }

    @Operation(summary = "One hearing")
    @Get("/hearings/{id}")
    @Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER, Roles.PERFORMANCE_OFFICER})
    @Audited(action = AuditAction.VIEW, entity = "hearing")
    HearingView show(UUID id) {
        return hearings.find(id);
    }

    @Operation(summary = "Change a hearing, e.g. record its result (send the version you edited)")
    @Put("/hearings/{id}")
    @Audited(action = AuditAction.UPDATE, entity = "hearing")
    HearingView update(UUID id, @Body @Valid HearingForm form) {
        return hearings.update(id, form);
    }

    @Operation(summary = "Delete a hearing (with ?version=, only while it is still that version, else 409)")
    @Delete("/hearings/{id}")
    @Audited(action = AuditAction.DELETE, entity = "hearing")
    HttpResponse<Void> delete(UUID id, @QueryValue @Nullable Long version) {
        hearings.delete(id, version);
        return HttpResponse.noContent();
    }
}
