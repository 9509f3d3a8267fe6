package org.yothub.casework.assessment;

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

/** A child's assessments: AssetPlus and PDAT, submit, countersign and version history. */
@Controller("/api/v1/children/{childId}/assessments")
@Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Assessments")
class AssessmentApiController {
    private final AssessmentService assessments;

    AssessmentApiController(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @Operation(summary = "A child's assessments (latest version of each), newest first")
    @Get
    @Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER, Roles.PERFORMANCE_OFFICER})
    @Audited(action = AuditAction.VIEW, entity = "child", idParam = "childId")
    List<AssessmentSummary> list(UUID childId) {
        return assessments.list(childId);
    }

    @Operation(summary = "Start an assessment (a draft, version 1); the scaled-approach level is computed")
    @Post
    @Audited(action = AuditAction.CREATE, entity = "assessment")
    HttpResponse<AssessmentView> create(UUID childId, @Body @Valid AssessmentForm form, Authentication authentication) {
        return HttpResponse.created(assessments.create(childId, form, staffId(authentication)));
    }

    @Operation(summary = "The current version of an assessment, with its version history")
    @Get("/{id}")
    @Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER, Roles.PERFORMANCE_OFFICER})
    @Audited(action = AuditAction.VIEW, entity = "assessment")
    AssessmentView show(UUID childId, UUID id) {
        return assessments.find(childId, id);
    }

    @Operation(summary = "An earlier (or the current) version of an assessment")
    @Get("/{id}/versions/{versionNo}")
    @Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER, Roles.PERFORMANCE_OFFICER})
    @Audited(action = AuditAction.VIEW, entity = "assessment")
    AssessmentView version(UUID childId, UUID id, int versionNo) {
        return assessments.findVersion(childId, id, versionNo);
    }

    @Operation(summary = "Change an assessment (send the version you edited; 409 if changed since). "
            + "A countersigned version is locked: the change becomes the next version")
    @Put("/{id}")
    @Audited(action = AuditAction.UPDATE, entity = "assessment")
    AssessmentView update(UUID childId, UUID id, @Body @Valid AssessmentForm form, Authentication authentication) {
        return assessments.update(childId, id, form, staffId(authentication));
    }

    @Operation(summary = "Submit the draft for countersigning (the three ratings are required)")
    @Post("/{id}/submit")
    @Audited(action = AuditAction.UPDATE, entity = "assessment")
    AssessmentView submit(UUID childId, UUID id, @Body @Valid StepForm form) {
        return assessments.submit(childId, id, form);
    }

    @Operation(summary = "Countersign a submitted assessment (team and YOT managers; not the author). Locks the version")
    @Post("/{id}/countersign")
    @Secured({Roles.TEAM_MANAGER, Roles.YOT_MANAGER})
    @Audited(action = AuditAction.UPDATE, entity = "assessment")
    AssessmentView countersign(UUID childId, UUID id, @Body @Valid StepForm form, Authentication authentication) {
        return assessments.countersign(childId, id, form, staffId(authentication));
    }

    static UUID staffId(Authentication authentication) {
        return UUID.fromString(authentication.getName());
    }
}
