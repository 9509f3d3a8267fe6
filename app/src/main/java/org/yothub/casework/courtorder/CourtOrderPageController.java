package org.yothub.casework.courtorder;

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

/** Forms of the "Orders and remand" tab: add or end an order, add a YRO requirement, add, change or delete a remand. */
@Controller("/children/{childId}")
@Hidden
@Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
class CourtOrderPageController {
    static final String INTERVENTION_VIEW = "casework/intervention/form";
    static final String REMAND_VIEW = "casework/remand/form";
    private static final String TAB = "orders";
    private final RecordForms forms;
    private final InterventionService interventions;
    private final RemandService remands;

    CourtOrderPageController(RecordForms forms, InterventionService interventions, RemandService remands) {
        this.forms = forms;
        this.interventions = interventions;
        this.remands = remands;
    }

    @Get("/interventions/new")
    @View(INTERVENTION_VIEW)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.VIEW, entity = "child", idParam = "childId")
    Map<String, Object> newIntervention(UUID childId) {
        return forms.model(childId, new HashMap<>(), Map.of());
    }

    @Post("/interventions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> create(UUID childId, @Body Map<String, Object> body) {
        FormFields f = new FormFields(body);
        InterventionForm form = read(f, null, null);
        return forms.create(new RecordForms.Target(INTERVENTION_VIEW, childId, TAB), f, form, "intervention",
                x -> interventions.create(childId, x));
    }

    @Get("/interventions/{id}/edit")
    @View(INTERVENTION_VIEW)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.VIEW, entity = "intervention")
    Map<String, Object> edit(UUID childId, UUID id) {
        InterventionView i = own(childId, id);
        Map<String, Object> model = forms.model(childId, InterventionValues.of(i), Map.of());
        model.put("intervention", i);
        return model;
    }

    @Post("/interventions/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.UPDATE, entity = "intervention")
    HttpResponse<?> update(UUID childId, UUID id, @Body Map<String, Object> body) {
        InterventionView current = own(childId, id);
        FormFields f = new FormFields(body);
        InterventionForm form = read(f, f.whole("version", "Version"), current.outcomeId());
        return forms.change(new RecordForms.Target(INTERVENTION_VIEW, childId, TAB, Map.of("intervention", current)), f, form,
                () -> interventions.update(id, form));
    }

    @Post("/interventions/{id}/requirements")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> addRequirement(UUID childId, UUID id, @Body Map<String, Object> body) {
        own(childId, id);
        FormFields f = new FormFields(body);
        RequirementForm form = new RequirementForm(f.text("requirement"), f.text("detail"), null, null, null);
        return forms.create(new RecordForms.Target(INTERVENTION_VIEW, childId, TAB, Map.of("intervention", own(childId, id))),
                f, form, "yro_requirement", x -> interventions.addRequirement(id, x));
    }

    @Get("/remands/new")
    @View(REMAND_VIEW)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.VIEW, entity = "child", idParam = "childId")
    Map<String, Object> newRemand(UUID childId) {
        return forms.model(childId, new HashMap<>(), Map.of());
    }

    @Post("/remands")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> createRemand(UUID childId, @Body Map<String, Object> body) {
        FormFields f = new FormFields(body);
        RemandForm form = readRemand(f, null);
        return forms.create(new RecordForms.Target(REMAND_VIEW, childId, TAB), f, form, "remand", x -> remands.create(childId, x));
    }

    @Get("/remands/{id}/edit")
    @View(REMAND_VIEW)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.VIEW, entity = "remand")
    Map<String, Object> editRemand(UUID childId, UUID id) {
        RemandView r = ownRemand(childId, id);
        Map<String, Object> model = forms.model(childId, remandValues(r), Map.of());
        model.put("remand", r);
        return model;
    }

    @Post("/remands/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.UPDATE, entity = "remand")
    HttpResponse<?> updateRemand(UUID childId, UUID id, @Body Map<String, Object> body) {
        RemandView current = ownRemand(childId, id);
        FormFields f = new FormFields(body);
        RemandForm form = readRemand(f, f.whole("version", "Version"));
        return forms.change(new RecordForms.Target(REMAND_VIEW, childId, TAB, Map.of("remand", current)), f, form,
                () -> remands.update(id, form));
    }

    @Post("/remands/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.DELETE, entity = "remand")
    HttpResponse<?> deleteRemand(UUID childId, UUID id, @Body Map<String, Object> body) {
        RemandView current = ownRemand(childId, id);
        return forms.delete(new RecordForms.Target(REMAND_VIEW, childId, TAB, Map.of("remand", current)), new FormFields(body),
                remandValues(current), version -> remands.delete(id, version));
    }

    /** The form's fields; the link to an outcome is not on the form and is kept as it was. */
    private static InterventionForm read(FormFields f, Long version, UUID outcomeId) {
        return new InterventionForm(f.text("intervention_ref"), f.text("outcome_code"), outcomeId, f.date("start_date", "Start date"),
                f.date("end_date", "End date"), f.text("end_reason"), f.text("ete_status_at_end"),
                f.decimal("ete_hours_at_end", "Hours a week"), f.bool("accommodation_suitable_at_end"),
                f.bool("send_identified"), f.bool("send_formal_plan"), f.bool("mh_need"), f.bool("mh_intervention_planned"),
                f.bool("mh_attending"), f.bool("sm_need"), f.bool("sm_treatment_planned"), f.bool("sm_attending"),
                f.bool("early_help_at_end"), f.bool("child_in_need_at_end"), f.bool("child_protection_plan_at_end"),
                f.bool("looked_after_at_end"), version);
    }

    private static RemandForm readRemand(FormFields f, Long version) {
        return new RemandForm(f.text("remand_ref"), f.date("start_date", "Start date"), f.date("end_date", "End date"),
                f.text("placement"), version);
    }

    private static Map<String, String> remandValues(RemandView r) {
        Map<String, String> v = new HashMap<>();
        v.put("remand_ref", r.remandRef());
        v.put("placement", r.placement());
        FormFields.putDate(v, "start_date", r.startDate());
        FormFields.putDate(v, "end_date", r.endDate());
        v.put("version", String.valueOf(r.version()));
        return v;
    }

    private RemandView ownRemand(UUID childId, UUID id) {
        RemandView r = remands.find(id);
        if (!r.childId().equals(childId)) {
            throw new NotFoundException("Remand");
        }
        return r;
    }

    private InterventionView own(UUID childId, UUID id) {
        InterventionView i = interventions.find(id);
        if (!i.childId().equals(childId)) {
            throw new NotFoundException("Intervention");
        }
        return i;
    }
}
