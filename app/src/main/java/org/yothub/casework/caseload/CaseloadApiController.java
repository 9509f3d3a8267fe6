package org.yothub.casework.caseload;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.UUID;
import org.yothub.casework.child.AllocationForm;
import org.yothub.casework.child.ChildService;
import org.yothub.casework.child.ChildView;
import org.yothub.platform.audit.AuditAction;
import org.yothub.platform.audit.Audited;
import org.yothub.platform.security.Roles;

/** Caseloads and what is overdue; allocation of cases by managers. */
@Controller("/api/v1/caseload")
@Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Caseload")
class CaseloadApiController {
    private final CaseloadService caseload;
    private final ChildService children;

    CaseloadApiController(CaseloadService caseload, ChildService children) {
        this.caseload = caseload;
        this.children = children;
    }

    @Operation(summary = "Open cases with overdue assessments, plans, reviews, contacts and follow-ups as of today "
            + "(or as_of). scope=mine (default for case managers) or team (team and YOT managers; their default)")
    @Get
    @Audited(action = AuditAction.VIEW, entity = "caseload", idParam = "scope")
    CaseloadView caseload(@QueryValue @Nullable String scope, @QueryValue("as_of") @Nullable LocalDate asOf,
                          Authentication authentication) {
        return caseload.caseload(CaseloadScope.caseManagerFilter(scope, authentication), asOf);
    }

    @Operation(summary = "Allocate or reallocate a case (team and YOT managers; send the child's version)")
    @Put("/{childId}/allocation")
    @Secured({Roles.TEAM_MANAGER, Roles.YOT_MANAGER})
    @Audited(action = AuditAction.UPDATE, entity = "child", idParam = "childId")
    ChildView allocate(UUID childId, @Body @Valid AllocationForm form) {
        return children.allocate(childId, form);
    }
}
