package org.yothub.casework.plan;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.yothub.platform.audit.AuditAction;
import org.yothub.platform.audit.Audited;
import org.yothub.platform.security.Roles;

/** A child's intervention plans: objectives, contingency, sign-off, versions and reviews. */
@Controller("/api/v1/children/{childId}/plans")
@Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Plans")
class PlanApiController {
    private final PlanService plans;

    PlanApiController(PlanService plans) {
        this.plans = plans;
    }

    @Operation(summary = "A child's plans (latest version of each) with their next review date")
    @Get
    @Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER, Roles.PERFORMANCE_OFFICER})
    @Audited(action = AuditAction.VIEW, entity = "child", idParam = "childId")
    List<PlanSummary> list(UUID childId) {
        return plans.list(childId);
    }

    @Operation(summary = "Start a plan (a draft, version 1)")
    @Post
    @Audited(action = AuditAction.CREATE, entity = "plan")
    HttpResponse<PlanView> create(UUID childId, @Body @Valid PlanForm form, Authentication authentication) {
        return HttpResponse.created(plans.create(childId, form, UUID.fromString(authentication.getName())));
    }

    @Operation(summary = "The current version of a plan, with its history and reviews")
    @Get("/{id}")
    @Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER, Roles.PERFORMANCE_OFFICER})
    @Audited(action = AuditAction.VIEW, entity = "plan")
    PlanView show(UUID childId, UUID id) {
        return plans.find(childId, id);
    }

    @Operation(summary = "An earlier (or the current) version of a plan")
    @Get("/{id}/versions/{versionNo}")
    @Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER, Roles.PERFORMANCE_OFFICER})
    @Audited(action = AuditAction.VIEW, entity = "plan")
    PlanView version(UUID childId, UUID id, int versionNo) {
        return plans.findVersion(childId, id, versionNo);
    }

    @Operation(summary = "Change a plan (send the version you edited; 409 if changed since). A signed-off "
            + "version is locked: the change becomes the next version")
    @Put("/{id}")
    @Audited(action = AuditAction.UPDATE, entity = "plan")
    PlanView update(UUID childId, UUID id, @Body @Valid PlanForm form, Authentication authentication) {
        return plans.update(childId, id, form, UUID.fromString(authentication.getName()));
    }

    @Operation(summary = "Sign off the current draft (team and YOT managers; not its author). Locks the version")
    @Post("/{id}/sign-off")
    @Secured({Roles.TEAM_MANAGER, Roles.YOT_MANAGER})
    @Audited(action = AuditAction.UPDATE, entity = "plan")
    PlanView signOff(UUID childId, UUID id, @Body @Valid SignOffForm form, Authentication authentication) {
        return plans.signOff(childId, id, form, UUID.fromString(authentication.getName()));
    }

    @Operation(summary = "Record a review of a signed-off plan (scheduled or on significant change)")
    @Post("/{id}/reviews")
    @Audited(action = AuditAction.UPDATE, entity = "plan")
    HttpResponse<PlanView.ReviewView> review(UUID childId, UUID id, @Body @Valid ReviewForm form,
                                             Authentication authentication) {
        return HttpResponse.created(plans.review(childId, id, form, UUID.fromString(authentication.getName())));
    }
}
