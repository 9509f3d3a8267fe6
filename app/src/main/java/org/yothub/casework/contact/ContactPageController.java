package org.yothub.casework.contact;

import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
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
import org.yothub.casework.FormProblemException;
import org.yothub.casework.child.ChildService;
import org.yothub.platform.audit.AuditAction;
import org.yothub.platform.audit.AuditLog;
import org.yothub.platform.audit.Audited;
import org.yothub.platform.security.Roles;
import org.yothub.platform.web.NotFoundException;
import org.yothub.platform.web.ProblemException;

/** The contact pages of a child: schedule or record a contact, record an outcome, follow up an absence. */
@Controller("/children/{childId}/contacts")
@Hidden
@Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
class ContactPageController {
    static final String FORM = "casework/contact/form";
    private final ContactService contacts;
    private final ContactFormReader reader;
    private final ChildService children;
    private final AuditLog auditLog;

    ContactPageController(ContactService contacts, ContactFormReader reader, ChildService children, AuditLog auditLog) {
        this.contacts = contacts;
        this.reader = reader;
        this.children = children;
        this.auditLog = auditLog;
    }

    @Get("/new")
    @View(FORM)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.VIEW, entity = "child", idParam = "childId")
    Map<String, Object> blank(UUID childId) {
        return model(childId, null, ContactFormReader.blank(), Map.of());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> create(UUID childId, @Body Map<String, Object> body, Authentication authentication) {
        FormFields f = new FormFields(body);
        try {
            ContactForm form = read(childId, null, f);
            ContactView created = contacts.create(childId, form, UUID.fromString(authentication.getName()));
            auditLog.record(AuditAction.CREATE, "contact", created.id(), "success");
            return HttpResponse.seeOther(URI.create("/children/" + childId + "#contacts"));
        } catch (ProblemException e) {
            f.addProblem(e);
            auditLog.record(AuditAction.CREATE, "contact", null, "rejected");
            throw new FormProblemException(HttpStatus.BAD_REQUEST, FORM, model(childId, null, f.values(), f.errors()));
        } catch (FormProblemException e) {
            auditLog.record(AuditAction.CREATE, "contact", null, "rejected");
            throw e;
        } catch (NotFoundException e) {
            auditLog.record(AuditAction.CREATE, "contact", null, "not_found");
            throw e;
        }
    }

    @Get("/{id}/edit")
    @View(FORM)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.VIEW, entity = "contact")
    Map<String, Object> edit(UUID childId, UUID id) {
        ContactView c = contacts.find(childId, id);
        return model(childId, c, ContactFormReader.values(c), Map.of());
    }

    @Post("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.UPDATE, entity = "contact")
    HttpResponse<?> update(UUID childId, UUID id, @Body Map<String, Object> body, Authentication authentication) {
        ContactView current = contacts.find(childId, id);
        FormFields f = new FormFields(body);
        try {
            contacts.update(childId, id, read(childId, current, f), UUID.fromString(authentication.getName()));
        } catch (ProblemException e) {
            f.addProblem(e);
            throw new FormProblemException(HttpStatus.BAD_REQUEST, FORM, model(childId, current, f.values(), f.errors()));
        } catch (OptimisticLockException e) {
            throw conflict(childId, id, current, f);
        }
        return HttpResponse.seeOther(URI.create("/children/" + childId + "#contacts"));
    }

    @Post("/{id}/follow-up")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.UPDATE, entity = "contact")
    HttpResponse<?> followUp(UUID childId, UUID id, @Body Map<String, Object> body) {
        return step(childId, id, body, reader::readFollowUp, form -> contacts.followUp(childId, id, form));
    }

    @Post("/{id}/enforcement")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.UPDATE, entity = "contact")
    HttpResponse<?> enforce(UUID childId, UUID id, @Body Map<String, Object> body) {
        return step(childId, id, body, reader::readEnforcement, form -> contacts.enforce(childId, id, form));
    }

    /**
     * A step recorded on a contact from its page (a follow-up, an enforcement step): read the form,
     * record it, back to the record; a problem re-renders the contact page with the errors, a stale
     * version with the conflict message.
     */
    private <F> HttpResponse<?> step(UUID childId, UUID id, Map<String, Object> body,
                                     java.util.function.Function<FormFields, F> read,
                                     java.util.function.Consumer<F> record) {
        ContactView current = contacts.find(childId, id);
        FormFields f = new FormFields(body);
        F form = read.apply(f);
        Map<String, String> values = ContactFormReader.values(current);
        values.putAll(f.values());
        if (f.hasErrors()) {
            throw new FormProblemException(HttpStatus.BAD_REQUEST, FORM, model(childId, current, values, f.errors()));
        }
        try {
            record.accept(form);
        } catch (ProblemException e) {
            f.addProblem(e);
            throw new FormProblemException(HttpStatus.BAD_REQUEST, FORM, model(childId, current, values, f.errors()));
        } catch (OptimisticLockException e) {
            throw conflict(childId, id, current, f);
        }
        return HttpResponse.seeOther(URI.create("/children/" + childId + "#contacts"));
    }

    private FormProblemException conflict(UUID childId, UUID id, ContactView current, FormFields f) {
        f.error("version", "Someone else changed this contact after you opened it. Your changes are shown below "
                + "but were not saved: check the contact again, then save.");
        f.values().put("version", String.valueOf(contacts.find(childId, id).version()));
        return new FormProblemException(HttpStatus.CONFLICT, FORM, model(childId, current, f.values(), f.errors()));
    }

    private ContactForm read(UUID childId, ContactView current, FormFields f) {
        ContactForm form = reader.read(f);
        if (f.hasErrors()) {
            throw new FormProblemException(HttpStatus.BAD_REQUEST, FORM, model(childId, current, f.values(), f.errors()));
        }
        return form;
    }

    private Map<String, Object> model(UUID childId, ContactView c, Map<String, String> values, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("child", children.find(childId));
        model.put("contact", c);
        model.put("editing", c != null);
        model.put("orders", contacts.orders(childId));
        model.put("values", values);
        model.put("errors", errors);
        return model;
    }
}
