package org.yothub.casework.victim;

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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.yothub.casework.FormFields;
import org.yothub.casework.RecordForms;
import org.yothub.casework.offence.OffenceService;
import org.yothub.casework.offence.OffenceView;
import org.yothub.platform.audit.AuditAction;
import org.yothub.platform.audit.Audited;
import org.yothub.platform.security.Roles;
import org.yothub.platform.web.NotFoundException;
import org.yothub.platform.web.ProblemException;

/** The forms of the "Victims" tab: add a victim, change what was recorded about them, delete one entered in error. */
@Controller("/children/{childId}/victims")
@Hidden
@Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
class VictimPageController {
    static final String VIEW = "casework/victim/form";
    private static final String TAB = "victims";
    private final RecordForms forms;
    private final VictimService victims;
    private final OffenceService offences;

    VictimPageController(RecordForms forms, VictimService victims, OffenceService offences) {
        this.forms = forms;
        this.victims = victims;
        this.offences = offences;
    }

    @Get("/new")
    @View(VIEW)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.VIEW, entity = "child", idParam = "childId")
    Map<String, Object> blank(UUID childId) {
        Map<String, Object> model = forms.model(childId, new HashMap<>(), Map.of());
        model.put("offences", offences.list(childId));
        return model;
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> create(UUID childId, @Body Map<String, Object> body) {
        List<OffenceView> own = offences.list(childId);
        FormFields f = new FormFields(body);
        UUID offenceId = own.stream().filter(o -> o.id().toString().equals(f.text("offence_id"))).map(OffenceView::id)
                .findFirst().orElse(null);
        if (offenceId == null) {
            f.error("offence_id", "Choose the offence the victim was harmed by");
        }
        VictimForm form = read(f, null);
        return forms.create(new RecordForms.Target(VIEW, childId, TAB, Map.of("offences", own)), f, form, "victim",
                x -> {
                    if (offenceId == null) {
                        throw ProblemException.field("offence_id", "required", "Choose the offence");
                    }
                    return victims.create(offenceId, x);
                });
    }

    @Get("/{id}/edit")
    @View(VIEW)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.VIEW, entity = "victim")
    Map<String, Object> edit(UUID childId, UUID id) {
        VictimView v = own(childId, id);
        Map<String, Object> model = forms.model(childId, values(v), Map.of());
        model.put("victim", v);
        return model;
    }

    /** Records what happened later (consent, restorative justice, satisfaction); the offence stays as it was. */
    @Post("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.UPDATE, entity = "victim")
    HttpResponse<?> update(UUID childId, UUID id, @Body Map<String, Object> body) {
        VictimView current = own(childId, id);
        FormFields f = new FormFields(body);
        VictimForm form = read(f, f.whole("version", "Version"));
        return forms.change(new RecordForms.Target(VIEW, childId, TAB, Map.of("victim", current)), f, form,
                () -> victims.update(id, form));
    }

    @Post("/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.DELETE, entity = "victim")
    HttpResponse<?> delete(UUID childId, UUID id, @Body Map<String, Object> body) {
        VictimView current = own(childId, id);
        return forms.delete(new RecordForms.Target(VIEW, childId, TAB, Map.of("victim", current)), new FormFields(body),
                values(current), version -> victims.delete(id, version));
    }

    private static VictimForm read(FormFields f, Long version) {
        return new VictimForm(f.text("victim_ref"), f.bool("consented_to_contact"), f.bool("offered_rj"),
                f.bool("engaged_rj"), f.text("rj_type"), f.bool("satisfied"), version);
    }

    private static Map<String, String> values(VictimView v) {
        Map<String, String> values = new HashMap<>();
        values.put("victim_ref", v.victimRef());
        values.put("consented_to_contact", FormFields.tri(v.consentedToContact()));
        values.put("offered_rj", FormFields.tri(v.offeredRj()));
        values.put("engaged_rj", FormFields.tri(v.engagedRj()));
        values.put("rj_type", v.rjType() == null ? "" : v.rjType());
        values.put("satisfied", FormFields.tri(v.satisfied()));
        values.put("version", String.valueOf(v.version()));
        return values;
    }


    /** The victim, if harmed by one of this child's offences (else 404, as for another YOT's victim). */
    private VictimView own(UUID childId, UUID id) {
        VictimView v = victims.find(id);
        if (!offences.facts(v.offenceId()).childId().equals(childId)) {
            throw new NotFoundException("Victim");
        }
        return v;
    }
}
