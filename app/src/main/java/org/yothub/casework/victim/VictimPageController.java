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
import org.yothub.platform.web.ProblemException;

/** The add-a-victim form of the "Victims" tab. */
@Controller("/children/{childId}/victims")
@Hidden
@Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
class VictimPageController {
    static final String VIEW = "casework/victim/form";
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
        VictimForm form = new VictimForm(f.text("victim_ref"), f.bool("consented_to_contact"), f.bool("offered_rj"),
                f.bool("engaged_rj"), f.text("rj_type"), f.bool("satisfied"), null);
        return forms.create(new RecordForms.Target(VIEW, childId, "victims", Map.of("offences", own)), f, form, "victim",
                x -> {
                    if (offenceId == null) {
                        throw ProblemException.field("offence_id", "required", "Choose the offence");
                    }
                    return victims.create(offenceId, x);
                });
    }
}
