package org.yothub.casework.status;

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
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.yothub.casework.FormFields;
import org.yothub.casework.RecordForms;
import org.yothub.platform.audit.AuditAction;
import org.yothub.platform.audit.Audited;
import org.yothub.platform.security.Roles;
import org.yothub.platform.web.NotFoundException;

/** The forms of the "Statuses" tab: record a change, correct one, delete one entered in error. */
@Controller("/children/{childId}/statuses")
@Hidden
@Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
class StatusPageController {
    static final String VIEW = "casework/status/form";
    private static final String TAB = "statuses";
    private final RecordForms forms;
    private final ChildStatusService statuses;

    StatusPageController(RecordForms forms, ChildStatusService statuses) {
        this.forms = forms;
        this.statuses = statuses;
    }

    @Get("/new")
    @View(VIEW)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.VIEW, entity = "child", idParam = "childId")
    Map<String, Object> blank(UUID childId) {
        Map<String, String> values = new HashMap<>();
        FormFields.putDate(values, "effective_date", LocalDate.now());
        return model(forms.model(childId, values, Map.of()));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> create(UUID childId, @Body Map<String, Object> body) {
        FormFields f = new FormFields(body);
        RecordForms.Target target = new RecordForms.Target(VIEW, childId, TAB, kinds());
        StatusForm form = read(target, f, null);
        return forms.create(target, f, form, "child_status", x -> statuses.create(childId, x));
    }

    @Get("/{id}/edit")
    @View(VIEW)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.VIEW, entity = "child_status")
    Map<String, Object> edit(UUID childId, UUID id) {
        StatusView s = own(childId, id);
        Map<String, Object> model = model(forms.model(childId, values(s), Map.of()));
        model.put("childStatus", s);
        return model;
    }

    /** Corrects a status row; a new change of circumstances is recorded as a new row instead. */
    @Post("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.UPDATE, entity = "child_status")
    HttpResponse<?> update(UUID childId, UUID id, @Body Map<String, Object> body) {
        RecordForms.Target target = target(childId, own(childId, id));
        FormFields f = new FormFields(body);
        StatusForm form = read(target, f, f.whole("version", "Version"));
        return forms.change(target, f, form, () -> statuses.update(id, form));
    }

    @Post("/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.DELETE, entity = "child_status")
    HttpResponse<?> delete(UUID childId, UUID id, @Body Map<String, Object> body) {
        StatusView current = own(childId, id);
        return forms.delete(target(childId, current), new FormFields(body), values(current),
                version -> statuses.delete(id, version));
    }

    /** The form's fields; the status is chosen as {@code kind:value} from one list. */
    private StatusForm read(RecordForms.Target target, FormFields f, Long version) {
        String status = f.text("status");
        String kind = status == null || !status.contains(":") ? null : status.substring(0, status.indexOf(':'));
        String value = kind == null ? null : status.substring(status.indexOf(':') + 1);
        if (kind == null) {
            f.error("status", "Choose the new status");
            throw forms.rejected(target, f);
        }
        return new StatusForm(kind, f.date("effective_date", "Date"), value,
                "ete".equals(kind) ? f.decimal("hours", "Hours a week") : null, f.text("notes"), version);
    }

    private static RecordForms.Target target(UUID childId, StatusView current) {
        Map<String, Object> extra = kinds();
        extra.put("childStatus", current);
        return new RecordForms.Target(VIEW, childId, TAB, extra);
    }

    private static Map<String, String> values(StatusView s) {
        Map<String, String> v = new HashMap<>();
        v.put("status", s.kind() + ":" + s.value());
        FormFields.putDate(v, "effective_date", s.effectiveDate());
        v.put("hours", s.hours() == null ? "" : s.hours().stripTrailingZeros().toPlainString());
        v.put("notes", s.notes() == null ? "" : s.notes());
        v.put("version", String.valueOf(s.version()));
        return v;
    }

    private StatusView own(UUID childId, UUID id) {
        StatusView s = statuses.find(id);
        if (!s.childId().equals(childId)) {
            throw new NotFoundException("Status");
        }
        return s;
    }

    private static Map<String, Object> model(Map<String, Object> model) {
        model.putAll(kinds());
        return model;
    }

    private static Map<String, Object> kinds() {
        Map<String, Object> m = new HashMap<>();
        m.put("kinds", StatusKinds.LABELS);
        Map<String, Object> values = new HashMap<>();
        StatusKinds.VALUES.forEach((k, list) -> values.put(k, list.stream()
                .map(v -> java.util.List.of(v, StatusKinds.valueLabel(v))).toList()));
        m.put("kindValues", values);
        return m;
    }
}
