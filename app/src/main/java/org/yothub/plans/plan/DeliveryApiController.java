package org.yothub.plans.plan;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
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

/** The delivery plan of a plan: priorities and their actions (owner, due date, RAG, success measure, linked risks). */
@Controller("/api/v1/plans/{planId}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Plans")
@Secured({Roles.YOT_MANAGER, Roles.TEAM_MANAGER})
class DeliveryApiController {
    private final DeliveryService delivery;
    private final PlanService plans;

    DeliveryApiController(DeliveryService delivery, PlanService plans) {
        this.delivery = delivery;
        this.plans = plans;
    }

    @Operation(summary = "The delivery plan: priorities with their actions")
    @Get("/priorities")
    @Secured({Roles.YOT_MANAGER, Roles.TEAM_MANAGER, Roles.PERFORMANCE_OFFICER, Roles.BOARD_MEMBER})
    List<DeliveryView.Priority> list(@PathVariable UUID planId) {
        plans.get(planId);
        return delivery.of(planId);
    }

    @Operation(summary = "Add a priority")
    @Post("/priorities")
    @Audited(action = AuditAction.CREATE, entity = "plan_priority")
    HttpResponse<DeliveryView.Priority> addPriority(@PathVariable UUID planId, @Body @Valid PriorityForm form) {
        return HttpResponse.created(delivery.addPriority(planId, form));
    }

    @Operation(summary = "Change a priority")
    @Put("/priorities/{id}")
    @Audited(action = AuditAction.UPDATE, entity = "plan_priority")
    DeliveryView.Priority updatePriority(@PathVariable UUID planId, @PathVariable UUID id, @Body @Valid PriorityForm form) {
        return delivery.updatePriority(planId, id, form);
    }

    @Operation(summary = "Remove a priority and its actions")
    @Delete("/priorities/{id}")
    @Audited(action = AuditAction.DELETE, entity = "plan_priority")
    HttpResponse<Void> removePriority(@PathVariable UUID planId, @PathVariable UUID id) {
        delivery.removePriority(planId, id);
        return HttpResponse.noContent();
    }

    @Operation(summary = "Add an action to a priority")
    @Post("/actions")
    @Audited(action = AuditAction.CREATE, entity = "plan_action")
    HttpResponse<DeliveryView.Action> addAction(@PathVariable UUID planId, @Body @Valid ActionForm form) {
        return HttpResponse.created(delivery.addAction(planId, form));
    }

    @Operation(summary = "Change an action (progress, RAG, owner, due date, linked risks)")
    @Put("/actions/{id}")
    @Audited(action = AuditAction.UPDATE, entity = "plan_action")
    DeliveryView.Action updateAction(@PathVariable UUID planId, @PathVariable UUID id, @Body @Valid ActionForm form) {
        return delivery.updateAction(planId, id, form);
    }

    @Operation(summary = "Remove an action")
    @Delete("/actions/{id}")
    @Audited(action = AuditAction.DELETE, entity = "plan_action")
    HttpResponse<Void> removeAction(@PathVariable UUID planId, @PathVariable UUID id) {
        delivery.removeAction(planId, id);
        return HttpResponse.noContent();
    }
}
