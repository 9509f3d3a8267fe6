package org.yothub.casework.child;

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
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.Validator;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.yothub.casework.FormFields;
import org.yothub.casework.FormProblemException;
import org.yothub.platform.audit.AuditAction;
import org.yothub.platform.audit.AuditLog;
import org.yothub.platform.audit.Audited;
import org.yothub.platform.security.Roles;
import org.yothub.platform.web.ProblemException;

/** The add-a-child and edit-details forms (POST/redirect/GET; errors re-render the form). */
@Controller("/children")
@Hidden
@Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
class ChildFormController {
    static final String VIEW = "casework/child/form";
    private static final Map<String, String> LABELS = Map.of("child_ref", "Reference", "date_of_birth", "Date of birth",
            "sex", "Sex", "ethnicity", "Ethnic group", "postcode_district", "Postcode district",
            "given_name", "Given name", "family_name", "Family name");
    private final ChildService children;
    private final Validator validator;
    private final AuditLog auditLog;

    ChildFormController(ChildService children, Validator validator, AuditLog auditLog) {
        this.children = children;
        this.validator = validator;
        this.auditLog = auditLog;
    }

    @Get("/new")
    @View(VIEW)
    @Produces(MediaType.TEXT_HTML)
    Map<String, Object> blank() {
        Map<String, String> values = new HashMap<>();
        values.put("sex", "");
        values.put("ethnicity", "");
        return model(null, values, Map.of());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> create(@Body Map<String, Object> body) {
        FormFields f = new FormFields(body);
        try {
            ChildView created = children.create(read(f, null));
            auditLog.record(AuditAction.CREATE, "child", created.id(), "success");
            return HttpResponse.seeOther(URI.create("/children/" + created.id()));
        } catch (ProblemException e) {
            f.addProblem(e);
            auditLog.record(AuditAction.CREATE, "child", null, "rejected");
            throw rejected(HttpStatus.BAD_REQUEST, null, f);
        } catch (FormProblemException e) {
            auditLog.record(AuditAction.CREATE, "child", null, "rejected");
            throw e;
        }
    }

    @Get("/{id}/edit")
    @View(VIEW)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.VIEW, entity = "child")
    Map<String, Object> edit(UUID id) {
        ChildView c = children.find(id);
        return model(c, values(c), Map.of());
    }

    @Post("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.UPDATE, entity = "child")
    HttpResponse<?> update(UUID id, @Body Map<String, Object> body) {
        ChildView current = children.find(id);
        FormFields f = new FormFields(body);
        ChildForm form = read(f, current);
        try {
            children.update(id, form);
        } catch (ProblemException e) {
            f.addProblem(e);
            throw rejected(HttpStatus.BAD_REQUEST, current, f);
        } catch (OptimisticLockException e) {
            f.error("version", "Someone else changed this record after you opened it. Your changes are shown below "
                    + "but were not saved: check the current record in another tab, then save again.");
            f.values().put("version", String.valueOf(children.find(id).version()));
            throw rejected(HttpStatus.CONFLICT, current, f);
        }
        return HttpResponse.seeOther(URI.create("/children/" + id));
    }

    /** Reads and checks the form; throws with the re-rendered form when anything is wrong. */
    private ChildForm read(FormFields f, ChildView current) {
        ChildForm form = new ChildForm(f.text("child_ref"), f.text("given_name"), f.text("family_name"),
                f.date("date_of_birth", "Date of birth"), f.text("sex"), f.text("ethnicity"), f.text("ethnicity_detail"),
                f.text("postcode_district"), f.text("school"), f.bool("looked_after"), f.bool("child_in_need"),
                f.bool("child_protection_plan"), f.bool("early_help"), f.bool("send_identified"),
                f.bool("send_formal_plan"), f.bool("speech_language_need"), f.bool("care_leaver"),
                current == null ? "open" : f.text("status"), f.date("opened_on", "Date opened"),
                f.date("closed_on", "Date closed"), f.whole("version", "Version"));
        f.addViolations(validator.validate(form), LABELS);
        if (f.hasErrors()) {
            throw rejected(HttpStatus.BAD_REQUEST, current, f);
        }
        return form;
    }

    private FormProblemException rejected(HttpStatus status, ChildView current, FormFields f) {
        return new FormProblemException(status, VIEW, model(current, f.values(), f.errors()));
    }

    private Map<String, Object> model(ChildView current, Map<String, String> values, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("child", current);
        model.put("editing", current != null);
        model.put("values", values);
        model.put("errors", errors);
        return model;
    }

    private static Map<String, String> values(ChildView c) {
        Map<String, String> v = new HashMap<>();
        v.put("child_ref", c.childRef());
        v.put("given_name", nz(c.givenName()));
        v.put("family_name", nz(c.familyName()));
        FormFields.putDate(v, "date_of_birth", c.dateOfBirth());
        v.put("sex", c.sex());
        v.put("ethnicity", c.ethnicity());
        v.put("ethnicity_detail", nz(c.ethnicityDetail()));
        v.put("postcode_district", nz(c.postcodeDistrict()));
        v.put("school", nz(c.school()));
        v.put("looked_after", FormFields.tri(c.lookedAfter()));
        v.put("child_in_need", FormFields.tri(c.childInNeed()));
        v.put("child_protection_plan", FormFields.tri(c.childProtectionPlan()));
        v.put("early_help", FormFields.tri(c.earlyHelp()));
        v.put("send_identified", FormFields.tri(c.sendIdentified()));
        v.put("send_formal_plan", FormFields.tri(c.sendFormalPlan()));
        v.put("speech_language_need", FormFields.tri(c.speechLanguageNeed()));
        v.put("care_leaver", FormFields.tri(c.careLeaver()));
        v.put("status", c.status());
        FormFields.putDate(v, "opened_on", c.openedOn());
        FormFields.putDate(v, "closed_on", c.closedOn());
        v.put("version", String.valueOf(c.version()));
        return v;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

}
