package org.yothub.casework.child;

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

/** A child's parents/carers and other professionals. */
@Controller("/api/v1")
@Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Children")
class ContactPersonController {
    private final ContactPersonService people;

    ContactPersonController(ContactPersonService people) {
        this.people = people;
    }

    @Operation(summary = "A child's parents/carers and professionals")
    @Get("/children/{childId}/contact-people")
    @Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER, Roles.PERFORMANCE_OFFICER})
    @Audited(action = AuditAction.VIEW, entity = "child", idParam = "childId")
    List<ContactPersonView> list(UUID childId) {
        return people.list(childId);
    }

    @Operation(summary = "Add a parent/carer or professional to a child")
    @Post("/children/{childId}/contact-people")
    @Audited(action = AuditAction.CREATE, entity = "child_contact_person")
    HttpResponse<ContactPersonView> create(UUID childId, @Body @Valid ContactPersonForm form) {
        return HttpResponse.created(people.create(childId, form));
    }

    @Operation(summary = "One parent/carer or professional")
    @Get("/contact-people/{id}")
    @Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER, Roles.PERFORMANCE_OFFICER})
    @Audited(action = AuditAction.VIEW, entity = "child_contact_person")
    ContactPersonView show(UUID id) {
        return people.find(id);
    }

    @Operation(summary = "Change a parent/carer or professional (send the version you edited)")
    @Put("/contact-people/{id}")
    @Audited(action = AuditAction.UPDATE, entity = "child_contact_person")
    ContactPersonView update(UUID id, @Body @Valid ContactPersonForm form) {
        return people.update(id, form);
    }

    @Operation(summary = "Remove a parent/carer or professional (with ?version=, only while it is still that version, else 409)")
    @Delete("/contact-people/{id}")
    @Audited(action = AuditAction.DELETE, entity = "child_contact_person")
    HttpResponse<Void> delete(UUID id, @QueryValue @Nullable Long version) {
        people.delete(id, version);
        return HttpResponse.noContent();
    }
}
