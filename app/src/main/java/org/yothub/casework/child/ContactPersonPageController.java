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

/** The add-a-parent/carer-or-professional form of the record's summary tab. */
@Controller("/children/{childId}/contact-people")
@Hidden
@Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
class ContactPersonPageController {
    static final String VIEW = "casework/contactperson/form";
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
        ContactPersonForm form = new ContactPersonForm(f.text("kind"), f.text("name"), f.text("relationship"),
                f.text("organisation"), f.text("phone"), f.text("email"), f.text("address"), f.bool("parental_responsibility"),
                f.text("notes"), null);
        return forms.create(new RecordForms.Target(VIEW, childId, "summary"), f, form, "child_contact_person",
                x -> people.create(childId, x));
    }
}
