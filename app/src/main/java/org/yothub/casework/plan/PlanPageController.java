package org.yothub.casework.plan;

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

/** The plan pages of a child: read with history and reviews, start, edit, sign off and review. */
@Controller("/children/{childId}/plans")
@Hidden
@Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
class PlanPageController {
    static final String FORM = "casework/plan/form";
    static final String SHOW = "casework/plan/show";
    private final PlanService plans;
    private final PlanFormReader reader;
    private final ChildService children;
    private final AuditLog auditLog;

    PlanPageController(PlanService plans, PlanFormReader reader, ChildService children, AuditLog auditLog) {
        this.plans = plans;
        this.reader = reader;
        this.children = children;
        this.auditLog = auditLog;
    }

    @Get("/new")
    @View(FORM)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.VIEW, entity = "child", idParam = "childId")
    Map<String, Object> blank(UUID childId) {
        return formModel(childId, null, PlanFormReader.blank(), Map.of());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> create(UUID childId, @Body Map<String, Object> body, Authentication authentication) {
        FormFields f = new FormFields(body);
        try {
            PlanView created = plans.create(childId, read(childId, null, f), UUID.fromString(authentication.getName()));
            auditLog.record(AuditAction.CREATE, "plan", created.id(), "success");
            return HttpResponse.seeOther(URI.create("/children/" + childId + "/plans/" + created.id()));
        } catch (ProblemException e) {
            f.addProblem(e);
            auditLog.record(AuditAction.CREATE, "plan", null, "rejected");
            throw new FormProblemException(HttpStatus.BAD_REQUEST, FORM, formModel(childId, null, f.values(), f.errors()));
        } catch (FormProblemException e) {
            auditLog.record(AuditAction.CREATE, "plan", null, "rejected");
            throw e;
        } catch (NotFoundException e) {
            auditLog.record(AuditAction.CREATE, "plan", null, "not_found");
            throw e;
        }
    }

    @Get("/{id}")
    @View(SHOW)
    @Produces(MediaType.TEXT_HTML)
    @Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER, Roles.PERFORMANCE_OFFICER})
    @Audited(action = AuditAction.VIEW, entity = "plan")
    Map<String, Object> show(UUID childId, UUID id) {
        return showModel(childId, plans.find(childId, id), Map.of(), Map.of());
    }

    @Get("/{id}/versions/{versionNo}")
    @View(SHOW)
    @Produces(MediaType.TEXT_HTML)
    @Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER, Roles.PERFORMANCE_OFFICER})
    @Audited(action = AuditAction.VIEW, entity = "plan")
    Map<String, Object> version(UUID childId, UUID id, int versionNo) {
        return showModel(childId, plans.findVersion(childId, id, versionNo), Map.of(), Map.of());
    }

    @Get("/{id}/edit")
    @View(FORM)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.VIEW, entity = "plan")
    Map<String, Object> edit(UUID childId, UUID id) {
        PlanView p = plans.find(childId, id);
        return formModel(childId, p, PlanFormReader.values(p), Map.of());
    }

    @Post("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.UPDATE, entity = "plan")
    HttpResponse<?> update(UUID childId, UUID id, @Body Map<String, Object> body, Authentication authentication) {
        PlanView current = plans.find(childId, id);
        FormFields f = new FormFields(body);
        try {
            plans.update(childId, id, read(childId, current, f), UUID.fromString(authentication.getName()));
        } catch (ProblemException e) {
            f.addProblem(e);
            throw rejected(e.status() == HttpStatus.CONFLICT ? conflict(f, childId, id) : HttpStatus.BAD_REQUEST,
                    childId, current, f);
        } catch (OptimisticLockException e) {
            throw rejected(conflict(f, childId, id), childId, current, f);
        }
        return HttpResponse.seeOther(URI.create("/children/" + childId + "/plans/" + id));
    }

    @Post("/{id}/sign-off")
    @Secured({Roles.TEAM_MANAGER, Roles.YOT_MANAGER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.UPDATE, entity = "plan")
    HttpResponse<?> signOff(UUID childId, UUID id, @Body Map<String, Object> body, Authentication authentication) {
        FormFields f = new FormFields(body);
        Long version = f.whole("version", "Version");
        try {
            plans.signOff(childId, id, new SignOffForm(version == null ? -1L : version, f.text("comment")),
                    UUID.fromString(authentication.getName()));
        } catch (ProblemException e) {
            f.addProblem(e);
            throw new FormProblemException(e.status(), SHOW, showModel(childId, plans.find(childId, id), Map.of(), f.errors()));
        } catch (OptimisticLockException e) {
            f.error("version", "Someone else changed this plan after you opened it. Check it again, then sign it off.");
            throw new FormProblemException(HttpStatus.CONFLICT, SHOW, showModel(childId, plans.find(childId, id), Map.of(), f.errors()));
        }
        return HttpResponse.seeOther(URI.create("/children/" + childId + "/plans/" + id));
    }

    @Post("/{id}/reviews")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.UPDATE, entity = "plan")
    HttpResponse<?> review(UUID childId, UUID id, @Body Map<String, Object> body, Authentication authentication) {
        FormFields f = new FormFields(body);
        ReviewForm form = reader.readReview(f);
        try {
            if (!f.hasErrors()) {
                plans.review(childId, id, form, UUID.fromString(authentication.getName()));
                return HttpResponse.seeOther(URI.create("/children/" + childId + "/plans/" + id));
            }
        } catch (ProblemException e) {
            f.addProblem(e);
        }
        throw new FormProblemException(HttpStatus.BAD_REQUEST, SHOW, showModel(childId, plans.find(childId, id), f.values(), f.errors()));
    }

    private HttpStatus conflict(FormFields f, UUID childId, UUID id) {
        f.error("version", "Someone else changed this plan after you opened it. Your changes are shown below "
                + "but were not saved: check the current version in another tab, then save again.");
        f.values().put("version", String.valueOf(plans.find(childId, id).version()));
        return HttpStatus.CONFLICT;
    }

    private PlanForm read(UUID childId, PlanView current, FormFields f) {
        PlanForm form = reader.read(f);
        if (f.hasErrors()) {
            throw rejected(HttpStatus.BAD_REQUEST, childId, current, f);
        }
        return form;
    }

    private FormProblemException rejected(HttpStatus status, UUID childId, PlanView current, FormFields f) {
        return new FormProblemException(status, FORM, formModel(childId, current, f.values(), f.errors()));
    }

    private Map<String, Object> formModel(UUID childId, PlanView p, Map<String, String> values, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("child", children.find(childId));
        model.put("plan", p);
        model.put("editing", p != null);
        model.put("values", values);
        model.put("errors", errors);
        model.put("rows", PlanFormReader.rows(values));
        return model;
    }

    private Map<String, Object> showModel(UUID childId, PlanView p, Map<String, String> values, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("child", children.find(childId));
        model.put("plan", p);
        model.put("values", values);
        model.put("errors", errors);
        return model;
    }
}
