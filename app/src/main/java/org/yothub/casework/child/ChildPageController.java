package org.yothub.casework.child;

import io.micronaut.core.annotation.Nullable;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.yothub.casework.FormFields;
import org.yothub.platform.audit.AuditAction;
import org.yothub.platform.audit.Audited;
import org.yothub.platform.security.Roles;
import org.yothub.platform.web.ProblemException;

/** The Children pages: search/caseload list, a child's whole record with tabs, and allocation. */
@Controller("/children")
@Hidden
@Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER, Roles.PERFORMANCE_OFFICER})
@ExecuteOn(TaskExecutors.BLOCKING)
class ChildPageController {
    private final ChildService children;
    private final ChildRecordService records;

    ChildPageController(ChildService children, ChildRecordService records) {
        this.children = children;
        this.records = records;
    }

    @Get
    @View("casework/child/list")
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.VIEW, entity = "child_search")
    Map<String, Object> list(@QueryValue @Nullable String q, @QueryValue @Nullable Boolean mine,
                             Authentication authentication) {
        boolean own = Boolean.TRUE.equals(mine);
        List<ChildSummary> found = children.search(q, own ? UUID.fromString(authentication.getName()) : null);
        Map<String, Object> model = new HashMap<>();
        model.put("q", q == null ? "" : q);
        model.put("mine", own);
        model.put("children", found);
        model.put("limit", ChildSearch.LIMIT);
        return model;
    }

    @Get("/{id}")
    @View("casework/child/show")
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.VIEW, entity = "child")
    Map<String, Object> show(UUID id, Authentication authentication) {
        ChildRecord record = records.load(id);
        Map<String, Object> model = new HashMap<>();
        model.put("record", record);
        model.put("child", record.child());
        model.put("people", record.people());
        model.put("sections", record.sections());
        // the staff to allocate to: only managers allocate (casework/_forms.ftl, canAllocate)
        boolean allocates = authentication.getRoles().contains(Roles.TEAM_MANAGER)
                || authentication.getRoles().contains(Roles.YOT_MANAGER);
        model.put("caseHolders", allocates ? children.caseHolders() : List.of());
        return model;
    }

    @Post("/{id}/allocation")
    @Secured({Roles.TEAM_MANAGER, Roles.YOT_MANAGER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.UPDATE, entity = "child")
    HttpResponse<?> allocate(UUID id, @Body Map<String, Object> body) {
        FormFields f = new FormFields(body);
        String manager = f.text("case_manager_id");
        Long version = f.whole("version", "Version");
        UUID managerId;
        try {
            managerId = manager == null ? null : UUID.fromString(manager);
        } catch (IllegalArgumentException e) {
            throw ProblemException.field("case_manager_id", "staff_of_tenant", "Choose a member of staff");
        }
        children.allocate(id, new AllocationForm(managerId, version == null ? -1L : version));
        return HttpResponse.seeOther(URI.create("/children/" + id));
    }
}
