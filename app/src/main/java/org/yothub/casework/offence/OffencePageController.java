package org.yothub.casework.offence;

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

/** Forms of the "Offences and outcomes" tab: add an offence (with its outcome), record an outcome, add, change or delete a hearing. */
@Controller("/children/{childId}")
@Hidden
@Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
class OffencePageController {
    static final String OFFENCE_VIEW = "casework/offence/form";
    static final String OUTCOME_VIEW = "casework/outcome/form";
    static final String HEARING_VIEW = "casework/hearing/form";
    private static final String TAB = "offences";
    private final RecordForms forms;
    private final OffenceService offences;
    private final HearingService hearings;

    OffencePageController(RecordForms forms, OffenceService offences, HearingService hearings) {
        this.forms = forms;
        this.offences = offences;
        this.hearings = hearings;
    }

    @Get("/offences/new")
    @View(OFFENCE_VIEW)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.VIEW, entity = "child", idParam = "childId")
    Map<String, Object> newOffence(UUID childId) {
        return forms.model(childId, new HashMap<>(Map.of("gravity_score", "3", "serious_violence", "false")), Map.of());
    }

    @Post("/offences")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> create(UUID childId, @Body Map<String, Object> body) {
        FormFields f = new FormFields(body);
        Long gravity = f.whole("gravity_score", "Gravity score");
        String code = f.text("outcome_code");
        OutcomeForm outcome = code == null ? null : outcome(f, null);
        OffenceForm form = new OffenceForm(f.text("offence_ref"), f.date("offence_date", "Offence date"), f.text("category"),
                gravity == null ? null : gravity.intValue(), f.bool("serious_violence"), f.text("description"), outcome, null);
        return forms.create(new RecordForms.Target(OFFENCE_VIEW, childId, TAB), f, form, "offence", x -> offences.create(childId, x));
    }

    @Get("/offences/{offenceId}/outcome")
    @View(OUTCOME_VIEW)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.VIEW, entity = "offence", idParam = "offenceId")
    Map<String, Object> outcomeForm(UUID childId, UUID offenceId) {
        OffenceView offence = own(childId, offenceId);
        Map<String, String> values = new HashMap<>();
        if (offence.outcome() != null) {
            OutcomeView o = offence.outcome();
            values.put("outcome_code", o.outcomeCode());
            FormFields.putDate(values, "outcome_date", o.outcomeDate());
            FormFields.putDate(values, "release_date", o.releaseDate());
            values.put("court", o.court() == null ? "" : o.court());
            values.put("version", String.valueOf(o.version()));
        }
        Map<String, Object> model = forms.model(childId, values, Map.of());
        model.put("offence", offence);
        return model;
    }

    @Post("/offences/{offenceId}/outcome")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.UPDATE, entity = "offence", idParam = "offenceId")
    HttpResponse<?> saveOutcome(UUID childId, UUID offenceId, @Body Map<String, Object> body) {
        OffenceView offence = own(childId, offenceId);
        FormFields f = new FormFields(body);
        OutcomeForm form = outcome(f, f.whole("version", "Version"));
        return forms.change(new RecordForms.Target(OUTCOME_VIEW, childId, TAB, Map.of("offence", offence)), f, form,
                () -> offences.setOutcome(offenceId, form));
    }

    @Get("/hearings/new")
    @View(HEARING_VIEW)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.VIEW, entity = "child", idParam = "childId")
    Map<String, Object> newHearing(UUID childId) {
        Map<String, Object> model = forms.model(childId, new HashMap<>(), Map.of());
        model.put("offences", offences.list(childId));
        return model;
    }

    @Post("/hearings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> createHearing(UUID childId, @Body Map<String, Object> body) {
        FormFields f = new FormFields(body);
        HearingForm form = hearing(f, null);
        return forms.create(new RecordForms.Target(HEARING_VIEW, childId, TAB, Map.of("offences", offences.list(childId))),
                f, form, "hearing", x -> hearings.create(childId, x));
    }

    @Get("/hearings/{id}/edit")
    @View(HEARING_VIEW)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.VIEW, entity = "hearing")
    Map<String, Object> editHearing(UUID childId, UUID id) {
        HearingView h = ownHearing(childId, id);
        Map<String, Object> model = forms.model(childId, hearingValues(h), Map.of());
        model.put("offences", offences.list(childId));
        model.put("hearing", h);
        return model;
    }

    @Post("/hearings/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.UPDATE, entity = "hearing")
    HttpResponse<?> updateHearing(UUID childId, UUID id, @Body Map<String, Object> body) {
        HearingView current = ownHearing(childId, id);
        FormFields f = new FormFields(body);
        HearingForm form = hearing(f, f.whole("version", "Version"));
        return forms.change(hearingTarget(childId, current), f, form, () -> hearings.update(id, form));
    }

    @Post("/hearings/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.DELETE, entity = "hearing")
    HttpResponse<?> deleteHearing(UUID childId, UUID id, @Body Map<String, Object> body) {
        HearingView current = ownHearing(childId, id);
        return forms.delete(hearingTarget(childId, current), new FormFields(body), hearingValues(current),
                version -> hearings.delete(id, version));
    }

    private RecordForms.Target hearingTarget(UUID childId, HearingView current) {
        return new RecordForms.Target(HEARING_VIEW, childId, TAB, Map.of("offences", offences.list(childId), "hearing", current));
    }

    private static HearingForm hearing(FormFields f, Long version) {
        String offence = f.text("offence_id");
        UUID offenceId = null;
        try {
            offenceId = offence == null ? null : UUID.fromString(offence);
        } catch (IllegalArgumentException e) {
            f.error("offence_id", "Choose one of the child's offences");
        }
        return new HearingForm(offenceId, f.date("hearing_date", "Hearing date"), f.text("court"),
                f.text("hearing_type"), f.text("result"), f.text("notes"), version);
    }

    private static Map<String, String> hearingValues(HearingView h) {
        Map<String, String> v = new HashMap<>();
        v.put("offence_id", h.offenceId() == null ? "" : h.offenceId().toString());
        FormFields.putDate(v, "hearing_date", h.hearingDate());
        v.put("court", h.court());
        v.put("hearing_type", h.hearingType());
        v.put("result", h.result() == null ? "" : h.result());
        v.put("notes", h.notes() == null ? "" : h.notes());
        v.put("version", String.valueOf(h.version()));
        return v;
    }

    private HearingView ownHearing(UUID childId, UUID id) {
        HearingView h = hearings.find(id);
        if (!h.childId().equals(childId)) {
            throw new org.yothub.platform.web.NotFoundException("Hearing");
        }
        return h;
    }

    private static OutcomeForm outcome(FormFields f, Long version) {
        return new OutcomeForm(f.text("outcome_code"), f.date("outcome_date", "Outcome date"),
                f.date("release_date", "Release date"), f.text("court"), version);
    }

    private OffenceView own(UUID childId, UUID offenceId) {
        OffenceView o = offences.find(offenceId);
        if (!o.childId().equals(childId)) {
            throw new org.yothub.platform.web.NotFoundException("Offence");
        }
        return o;
    }
}
