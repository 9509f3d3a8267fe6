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

/** Offences of a child and their outcomes. */
@Controller("/api/v1")
@Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Offences and outcomes")
class OffenceController {
    private final OffenceService offences;

    OffenceController(OffenceService offences) {
        this.offences = offences;
    }

    @Operation(summary = "A child's offences, newest first, with outcomes and hearings")
    @Get("/children/{childId}/offences")
    @Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER, Roles.PERFORMANCE_OFFICER})
    @Audited(action = AuditAction.VIEW, entity = "child", idParam = "childId")
    List<OffenceView> list(UUID childId) {
        return offences.list(childId);
    }

    @Operation(summary = "Record an offence (optionally with its outcome); the child must be at least 10 on the offence date")
    @Post("/children/{childId}/offences")
    @Audited(action = AuditAction.CREATE, entity = "offence")
    HttpResponse<OffenceView> create(UUID childId, @Body @Valid OffenceForm form) {
        return HttpResponse.created(offences.create(childId, form));
    }

    @Operation(summary = "One offence with its outcome and hearings")
    @Get("/offences/{id}")
    @Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER, Roles.PERFORMANCE_OFFICER})
    @Audited(action = AuditAction.VIEW, entity = "offence")
    OffenceView show(UUID id) {
        return offences.find(id);
    }

    @Operation(summary = "Change an offence (send the version you edited)")
    @Put("/offences/{id}")
    @Audited(action = AuditAction.UPDATE, entity = "offence")
    OffenceView update(UUID id, @Body @Valid OffenceForm form) {
        return offences.update(id, form);
    }

    @Operation(summary = "Delete an offence with its outcome and victims")
    @Delete("/offences/{id}")
    @Audited(action = AuditAction.DELETE, entity = "offence")
    HttpResponse<Void> delete(UUID id, @QueryValue @Nullable Long version) {
        offences.delete(id, version);
        return HttpResponse.noContent();
    }

    @Operation(summary = "Record or change the outcome of an offence (outcome codes: GET /api/v1/reference/outcome-codes)")
    @Put("/offences/{id}/outcome")
    @Audited(action = AuditAction.UPDATE, entity = "offence")
    OutcomeView setOutcome(UUID id, @Body @Valid OutcomeForm form) {
        return offences.setOutcome(id, form);
    }

    @Operation(summary = "Remove the outcome of an offence")
    @Delete("/offences/{id}/outcome")
    @Audited(action = AuditAction.UPDATE, entity = "offence")
    HttpResponse<Void> deleteOutcome(UUID id, @QueryValue @Nullable Long version) {
        offences.deleteOutcome(id, version);
        return HttpResponse.noContent();
    }
}
