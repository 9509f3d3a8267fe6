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

/** Orders and interventions of a child, and the requirements of youth rehabilitation orders. */
@Controller("/api/v1")
@Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Orders and remand")
class InterventionController {
    private final InterventionService interventions;

    InterventionController(InterventionService interventions) {
        this.interventions = interventions;
    }

    @Operation(summary = "A child's orders and interventions with their requirements and end-of-intervention facts")
    @Get("/children/{childId}/interventions")
    @Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER, Roles.PERFORMANCE_OFFICER})
    @Audited(action = AuditAction.VIEW, entity = "child", idParam = "childId")
    List<InterventionView> list(UUID childId) {
        return interventions.list(childId);
    }

    @Operation(summary = "Record an order or intervention")
    @Post("/children/{childId}/interventions")
    @Audited(action = AuditAction.CREATE, entity = "intervention")
    HttpResponse<InterventionView> create(UUID childId, @Body @Valid InterventionForm form) {
        return HttpResponse.created(interventions.create(childId, form));
    }

    @Operation(summary = "One order or intervention")
    @Get("/interventions/{id}")
    @Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER, Roles.PERFORMANCE_OFFICER})
    @Audited(action = AuditAction.VIEW, entity = "intervention")
    InterventionView show(UUID id) {
        return interventions.find(id);
    }

    @Operation(summary = "Change an order or intervention, e.g. record how it ended (send the version you edited)")
    @Put("/interventions/{id}")
    @Audited(action = AuditAction.UPDATE, entity = "intervention")
    InterventionView update(UUID id, @Body @Valid InterventionForm form) {
        return interventions.update(id, form);
    }

    @Operation(summary = "Delete an order or intervention")
    @Delete("/interventions/{id}")
    @Audited(action = AuditAction.DELETE, entity = "intervention")
    HttpResponse<Void> delete(UUID id, @QueryValue @Nullable Long version) {
        interventions.delete(id, version);
        return HttpResponse.noContent();
    }

    @Operation(summary = "Add a requirement to a youth rehabilitation order")
    @Post("/interventions/{interventionId}/requirements")
    @Audited(action = AuditAction.CREATE, entity = "yro_requirement")
    HttpResponse<RequirementView> addRequirement(UUID interventionId, @Body @Valid RequirementForm form) {
        return HttpResponse.created(interventions.addRequirement(interventionId, form));
    }

    @Operation(summary = "Remove a requirement")
    @Delete("/requirements/{id}")
    @Audited(action = AuditAction.DELETE, entity = "yro_requirement")
    HttpResponse<Void> deleteRequirement(UUID id, @QueryValue @Nullable Long version) {
        interventions.deleteRequirement(id, version);
        return HttpResponse.noContent();
    }
}
