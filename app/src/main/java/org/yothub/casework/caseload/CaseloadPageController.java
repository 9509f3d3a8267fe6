package org.yothub.casework.caseload;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.yothub.casework.FormFields;
import org.yothub.casework.child.AllocationForm;
import org.yothub.casework.child.ChildService;
import org.yothub.platform.audit.AuditAction;
import org.yothub.platform.audit.AuditLog;
import org.yothub.platform.audit.Audited;
import org.yothub.platform.security.Roles;
import org.yothub.platform.web.NotFoundException;
import org.yothub.platform.web.ProblemException;

/** The Caseload page: my cases or the team's, what is overdue, and allocation. */
@Controller("/caseload")
@Hidden
@Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
class CaseloadPageController {
    private final CaseloadService caseload;
    private final ChildService children;
    private final AuditLog auditLog;

    CaseloadPageController(CaseloadService caseload, ChildService children, AuditLog auditLog) {
        this.caseload = caseload;
        this.children = children;
        this.auditLog = auditLog;
    }

    @Get
    @View("casework/caseload/list")
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.VIEW, entity = "caseload", idParam = "scope")
    Map<String, Object> list(@QueryValue @Nullable String scope, Authentication authentication) {
        UUID filter = CaseloadScope.caseManagerFilter(scope, authentication);
        Map<String, Object> model = new HashMap<>();
        model.put("caseload", caseload.caseload(filter, null));
        model.put("manager", CaseloadScope.isManager(authentication));
        model.put("caseHolders", CaseloadScope.isManager(authentication) && filter == null ? children.caseHolders() : java.util.List.of());
        return model;
    }

    @Post("/allocation")
    @Secured({Roles.TEAM_MANAGER, Roles.YOT_MANAGER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> allocate(@Body Map<String, Object> body) {
        FormFields f = new FormFields(body);
        UUID child = uuid(f.text("child_id"), "child_id");
        String manager = f.text("case_manager_id");
        Long version = f.whole("version", "Version");
        try {
            children.allocate(child, new AllocationForm(manager == null ? null : uuid(manager, "case_manager_id"),
                    version == null ? -1L : version));
            auditLog.record(AuditAction.UPDATE, "child", child, "success");
        } catch (RuntimeException e) {
            auditLog.record(AuditAction.UPDATE, "child", child, outcome(e));
            throw e;
        }
        return HttpResponse.seeOther(URI.create("/caseload?scope=team"));
    }

    private static String outcome(RuntimeException e) {
        if (e instanceof NotFoundException) {
            return "not_found";
        }
        if (e instanceof OptimisticLockException) {
            return "conflict";
        }
        return e instanceof ProblemException ? "rejected" : "error";
    }

    private static UUID uuid(String value, String field) {
        try {
            return UUID.fromString(value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.field(field, "uuid", "Choose from the list");
        }
    }
}
