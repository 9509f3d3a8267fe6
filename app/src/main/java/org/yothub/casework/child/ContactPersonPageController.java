package org.yothub.casework.child;

import io.micronaut.http.HttpResponse;
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
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.yothub.casework.FormFields;
import org.yothub.casework.RecordForms;
import org.yothub.platform.audit.AuditAction;
import org.yothub.platform.audit.Audited;
import org.yothub.platform.security.Roles;
import org.yothub.platform.web.NotFoundException;

/** The parent/carer-or-professional forms of the record's summary tab: add, change, remove. */
@Controller("/children/{childId}/contact-people")
@Hidden
@Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
class ContactPersonPageController {
    static final String VIEW = "casework/contactperson/form";
    private static final String TAB = "summary";
    private final RecordForms forms;
    private final ContactPersonService people;

    ContactPersonPageController(RecordForms forms, ContactPersonService people) {
        this.forms = forms;
        this.people = people;
    }

    @Get("/new")
    @View(VIEW)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.VIEW, entity = "child", idParam = "childId")
    Map<String, Object> blank(UUID childId) {
        return forms.model(childId, new HashMap<>(Map.of("kind", "parent_carer")), Map.of());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> create(UUID childId, @Body Map<String, Object> body) {
        FormFields f = new FormFields(body);
        ContactPersonForm form = read(f, null);
        return forms.create(new RecordForms.Target(VIEW, childId, TAB), f, form, "child_contact_person",
                x -> people.create(childId, x));
    }

    @Get("/{id}/edit")
    @View(VIEW)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.VIEW, entity = "child_contact_person")
    Map<String, Object> edit(UUID childId, UUID id) {
        ContactPersonView p = own(childId, id);
        Map<String, Object> model = forms.model(childId, values(p), Map.of());
        model.put("person", p);
        return model;
    }

    @Post("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.UPDATE, entity = "child_contact_person")
    HttpResponse<?> update(UUID childId, UUID id, @Body Map<String, Object> body) {
        ContactPersonView current = own(childId, id);
        FormFields f = new FormFields(body);
        ContactPersonForm form = read(f, f.whole("version", "Version"));
        return forms.change(new RecordForms.Target(VIEW, childId, TAB, Map.of("person", current)), f, form,
                () -> people.update(id, form));
    }

    @Post("/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.DELETE, entity = "child_contact_person")
    HttpResponse<?> delete(UUID childId, UUID id, @Body Map<String, Object> body) {
        ContactPersonView current = own(childId, id);
        return forms.delete(new RecordForms.Target(VIEW, childId, TAB, Map.of("person", current)), new FormFields(body),
                values(current), version -> people.delete(id, version));
    }

    private static ContactPersonForm read(FormFields f, Long version) {
        return new ContactPersonForm(f.text("kind"), f.text("name"), f.text("relationship"),
                f.text("organisation"), f.text("phone"), f.text("email"), f.text("address"), f.bool("parental_responsibility"),
                f.text("notes"), version);
    }

    private static Map<String, String> values(ContactPersonView p) {
        Map<String, String> v = new HashMap<>();
        v.put("kind", p.kind());
        v.put("name", p.name());
        v.put("relationship", nz(p.relationship()));
        v.put("organisation", nz(p.organisation()));
        v.put("phone", nz(p.phone()));
        v.put("email", nz(p.email()));
        v.put("address", nz(p.address()));
        v.put("parental_responsibility", p.parentalResponsibility() == null ? "" : p.parentalResponsibility().toString());
        v.put("notes", nz(p.notes()));
        v.put("version", String.valueOf(p.version()));
        return v;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private ContactPersonView own(UUID childId, UUID id) {
        ContactPersonView p = people.find(id);
        if (!p.childId().equals(childId)) {
            throw new NotFoundException("Contact person");
        }
        return p;
    }
}
