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

/** The record-a-change form of the "Statuses" tab. */
@Controller("/children/{childId}/statuses")
@Hidden
@Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
class StatusPageController {
    static final String VIEW = "casework/status/form";
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
        String status = f.text("status");
        String kind = status == null || !status.contains(":") ? null : status.substring(0, status.indexOf(':'));
        String value = kind == null ? null : status.substring(status.indexOf(':') + 1);
        RecordForms.Target target = new RecordForms.Target(VIEW, childId, "statuses", kinds());
        if (kind == null) {
            f.error("status", "Choose the new status");
            throw forms.rejected(target, f);
        }
        StatusForm form = new StatusForm(kind, f.date("effective_date", "Date"), value,
                "ete".equals(kind) ? f.decimal("hours", "Hours a week") : null, f.text("notes"), null);
        return forms.create(target, f, form, "child_status", x -> statuses.create(childId, x));
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
