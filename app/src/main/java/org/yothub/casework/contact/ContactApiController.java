package org.yothub.casework.contact;

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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.yothub.platform.audit.AuditAction;
import org.yothub.platform.audit.Audited;
import org.yothub.platform.security.Roles;

/** A child's contacts: schedule, record the outcome, follow up missed appointments, compliance. */
@Controller("/api/v1/children/{childId}/contacts")
@Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Contacts")
class ContactApiController {
    private final ContactService contacts;

    ContactApiController(ContactService contacts) {
        this.contacts = contacts;
    }

    @Operation(summary = "A child's contacts, latest first")
    @Get
    @Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER, Roles.PERFORMANCE_OFFICER})
    @Audited(action = AuditAction.VIEW, entity = "child", idParam = "childId")
    List<ContactView> list(UUID childId) {
        return contacts.list(childId);
    }

    @Operation(summary = "Contacts against the scaled-approach minimum this month, overdue follow-ups and "
            + "unacceptable absences per order (as of today, or as_of)")
    @Get("/compliance")
    @Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER, Roles.PERFORMANCE_OFFICER})
    @Audited(action = AuditAction.VIEW, entity = "child", idParam = "childId")
    ContactCompliance compliance(UUID childId, @QueryValue("as_of") @Nullable LocalDate asOf) {
        return contacts.compliance(childId, asOf);
    }

    @Operation(summary = "Schedule a contact (no outcome) or record one (with its outcome)")
    @Post
    @Audited(action = AuditAction.CREATE, entity = "contact")
    HttpResponse<ContactView> create(UUID childId, @Body @Valid ContactForm form, Authentication authentication) {
        return HttpResponse.created(contacts.create(childId, form, UUID.fromString(authentication.getName())));
    }

    @Operation(summary = "A contact")
    @Get("/{id}")
    @Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER, Roles.PERFORMANCE_OFFICER})
    @Audited(action = AuditAction.VIEW, entity = "contact")
    ContactView show(UUID childId, UUID id) {
        return contacts.find(childId, id);
    }

    @Operation(summary = "Change a contact or record its outcome (send the version you edited; 409 if changed since)")
    @Put("/{id}")
    @Audited(action = AuditAction.UPDATE, entity = "contact")
    ContactView update(UUID childId, UUID id, @Body @Valid ContactForm form, Authentication authentication) {
        return contacts.update(childId, id, form, UUID.fromString(authentication.getName()));
    }

    @Operation(summary = "Record the follow-up of a missed appointment")
    @Post("/{id}/follow-up")
    @Audited(action = AuditAction.UPDATE, entity = "contact")
    ContactView followUp(UUID childId, UUID id, @Body @Valid FollowUpForm form) {
        return contacts.followUp(childId, id, form);
    }

    @Operation(summary = "Record the warning or breach decision taken on an unacceptable absence")
    @Post("/{id}/enforcement")
    @Audited(action = AuditAction.UPDATE, entity = "contact")
    ContactView enforce(UUID childId, UUID id, @Body @Valid EnforcementForm form) {
        return contacts.enforce(childId, id, form);
    }
}
