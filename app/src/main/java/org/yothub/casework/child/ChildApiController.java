package org.yothub.casework.child;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
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

/** Children of your YOT: search, read, create, edit and allocate. */
@Controller("/api/v1/children")
@Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Children")
class ChildApiController {
    private final ChildService children;

    ChildApiController(ChildService children) {
        this.children = children;
    }

    @Operation(summary = "Search children by name, reference or date of birth (partial matches, up to 50); "
            + "without q, open cases; with mine=true, only your caseload")
    @Get
    @Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER, Roles.PERFORMANCE_OFFICER})
    @Audited(action = AuditAction.VIEW, entity = "child_search")
    List<ChildSummary> search(@QueryValue @Nullable String q, @QueryValue @Nullable Boolean mine,
                              Authentication authentication) {
        return children.search(q, Boolean.TRUE.equals(mine) ? UUID.fromString(authentication.getName()) : null);
    }

    @Operation(summary = "Record a new child")
    @Post
    @Audited(action = AuditAction.CREATE, entity = "child")
    HttpResponse<ChildView> create(@Body @Valid ChildForm form) {
        return HttpResponse.created(children.create(form));
    }

    @Operation(summary = "A child's details")
    @Get("/{id}")
    @Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER, Roles.PERFORMANCE_OFFICER})
    @Audited(action = AuditAction.VIEW, entity = "child")
    ChildView show(UUID id) {
        return children.find(id);
    }

    @Operation(summary = "Change a child's details (send the version you edited; 409 if someone changed it since)")
    @Put("/{id}")
    @Audited(action = AuditAction.UPDATE, entity = "child")
    ChildView update(UUID id, @Body @Valid ChildForm form) {
        return children.update(id, form);
    }

    @Operation(summary = "Allocate or reallocate the child's case manager (team and YOT managers)")
    @Put("/{id}/allocation")
    @Secured({Roles.TEAM_MANAGER, Roles.YOT_MANAGER})
    @Audited(action = AuditAction.UPDATE, entity = "child")
    ChildView allocate(UUID id, @Body @Valid AllocationForm form) {
        return children.allocate(id, form);
    }
}
