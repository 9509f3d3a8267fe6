package org.yothub.volunteers.volunteer;

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
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.yothub.platform.audit.AuditAction;
import org.yothub.platform.audit.Audited;
import org.yothub.platform.security.Roles;
import org.yothub.volunteers.volunteer.VolunteerRecordForms.AssignmentForm;
import org.yothub.volunteers.volunteer.VolunteerRecordForms.ConflictForm;
import org.yothub.volunteers.volunteer.VolunteerRecordForms.DbsCheckForm;
import org.yothub.volunteers.volunteer.VolunteerRecordForms.EndAssignmentForm;
import org.yothub.volunteers.volunteer.VolunteerRecordForms.TrainingForm;

/** The volunteer register as JSON: managers read it, the volunteer coordinator keeps it. */
@Controller("/api/v1/volunteers")
@Secured({Roles.VOLUNTEER_COORDINATOR, Roles.TEAM_MANAGER, Roles.YOT_MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Volunteers")
class VolunteerApiController {
    private final VolunteerService volunteers;
    private final VolunteerRecordsService records;
    private final VolunteerQueries queries;

    VolunteerApiController(VolunteerService volunteers, VolunteerRecordsService records, VolunteerQueries queries) {
        this.volunteers = volunteers;
        this.records = records;
        this.queries = queries;
    }

    @Operation(summary = "List volunteers, optionally by status, current role or name/reference")
    @Get
    @Audited(action = AuditAction.VIEW, entity = "volunteer")
    List<VolunteerRow> list(@Nullable @QueryValue String status, @Nullable @QueryValue String role,
                            @Nullable @QueryValue String q) {
        return queries.register(status, role, q);
    }

    @Operation(summary = "Register a volunteer")
    @Post
    @Secured(Roles.VOLUNTEER_COORDINATOR)
    @Audited(action = AuditAction.CREATE, entity = "volunteer")
    HttpResponse<VolunteerView> create(@Body @Valid VolunteerForm form) {
        VolunteerView created = volunteers.register(form);
        return HttpResponse.created(created).headers(h -> h.location(URI.create("/api/v1/volunteers/" + created.id())));
    }

    @Operation(summary = "One volunteer with roles, checks, trainings, conflicts and today's clearance")
    @Get("/{id}")
    @Audited(action = AuditAction.VIEW, entity = "volunteer")
    VolunteerView show(UUID id) {
        return volunteers.show(id);
    }

    @Operation(summary = "Change a volunteer's details (send the version you read)")
    @Put("/{id}")
    @Secured(Roles.VOLUNTEER_COORDINATOR)
    @Audited(action = AuditAction.UPDATE, entity = "volunteer")
    VolunteerView update(UUID id, @Body @Valid VolunteerForm form) {
        return volunteers.update(id, form);
    }

    @Operation(summary = "Record a DBS check")
    @Post("/{id}/dbs-checks")
    @Secured(Roles.VOLUNTEER_COORDINATOR)
    @Audited(action = AuditAction.UPDATE, entity = "volunteer")
    HttpResponse<VolunteerView> addCheck(UUID id, @Body @Valid DbsCheckForm form) {
        return HttpResponse.created(records.addCheck(id, form));
    }

    @Operation(summary = "Record a completed training")
    @Post("/{id}/trainings")
    @Secured(Roles.VOLUNTEER_COORDINATOR)
    @Audited(action = AuditAction.UPDATE, entity = "volunteer")
    HttpResponse<VolunteerView> addTraining(UUID id, @Body @Valid TrainingForm form) {
        return HttpResponse.created(records.addTraining(id, form));
    }

    @Operation(summary = "Give a volunteer a role (refused unless DBS and trainings are in order)")
    @Post("/{id}/assignments")
    @Secured(Roles.VOLUNTEER_COORDINATOR)
    @Audited(action = AuditAction.UPDATE, entity = "volunteer")
    HttpResponse<VolunteerView> assign(UUID id, @Body @Valid AssignmentForm form) {
        return HttpResponse.created(records.assign(id, form));
    }

    @Operation(summary = "End a volunteer's role")
    @Put("/{id}/assignments/{assignmentId}")
    @Secured(Roles.VOLUNTEER_COORDINATOR)
    @Audited(action = AuditAction.UPDATE, entity = "volunteer")
    VolunteerView endAssignment(UUID id, UUID assignmentId, @Body @Valid EndAssignmentForm form) {
        return records.endAssignment(id, assignmentId, form);
    }

    @Operation(summary = "Record a child the volunteer knows (they will not sit on that child's panels)")
    @Post("/{id}/conflicts")
    @Secured(Roles.VOLUNTEER_COORDINATOR)
    @Audited(action = AuditAction.UPDATE, entity = "volunteer")
    HttpResponse<VolunteerView> addConflict(UUID id, @Body @Valid ConflictForm form) {
        return HttpResponse.created(records.addConflict(id, form));
    }

    @Operation(summary = "Remove a conflict of interest")
    @Delete("/{id}/conflicts/{conflictId}")
    @Secured(Roles.VOLUNTEER_COORDINATOR)
    @Audited(action = AuditAction.UPDATE, entity = "volunteer")
    VolunteerView removeConflict(UUID id, UUID conflictId) {
        return records.removeConflict(id, conflictId);
    }
}
