package org.yothub.casework.assessment;

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

/** The assessment pages of a child: read with history, start, edit, submit and countersign. */
@Controller("/children/{childId}/assessments")
@Hidden
@Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
class AssessmentPageController {
    static final String FORM = "casework/assessment/form";
    static final String SHOW = "casework/assessment/show";
    private final AssessmentService assessments;
    private final AssessmentFormReader reader;
    private final ChildService children;
    private final AuditLog auditLog;

    AssessmentPageController(AssessmentService assessments, AssessmentFormReader reader, ChildService children,
                             AuditLog auditLog) {
        this.assessments = assessments;
        this.reader = reader;
        this.children = children;
        this.auditLog = auditLog;
    }

    @Get("/new")
    @View(FORM)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.VIEW, entity = "child", idParam = "childId")
    Map<String, Object> blank(UUID childId) {
        return formModel(childId, null, AssessmentFormReader.blank(), Map.of());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> create(UUID childId, @Body Map<String, Object> body, Authentication authentication) {
        FormFields f = new FormFields(body);
        try {
            AssessmentView created = assessments.create(childId, read(childId, null, f), staff(authentication));
            auditLog.record(AuditAction.CREATE, "assessment", created.id(), "success");
            return HttpResponse.seeOther(URI.create("/children/" + childId + "/assessments/" + created.id()));
        } catch (ProblemException e) {
            f.addProblem(e);
            auditLog.record(AuditAction.CREATE, "assessment", null, "rejected");
            throw new FormProblemException(HttpStatus.BAD_REQUEST, FORM, formModel(childId, null, f.values(), f.errors()));
        } catch (RuntimeException e) {
            auditLog.record(AuditAction.CREATE, "assessment", null, e instanceof FormProblemException ? "rejected"
                    : e instanceof NotFoundException ? "not_found" : "error");
            throw e;
        }
    }

    @Get("/{id}")
    @View(SHOW)
    @Produces(MediaType.TEXT_HTML)
    @Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER, Roles.PERFORMANCE_OFFICER})
    @Audited(action = AuditAction.VIEW, entity = "assessment")
    Map<String, Object> show(UUID childId, UUID id) {
        return showModel(childId, assessments.find(childId, id), Map.of());
    }

    @Get("/{id}/versions/{versionNo}")
    @View(SHOW)
    @Produces(MediaType.TEXT_HTML)
    @Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER, Roles.PERFORMANCE_OFFICER})
    @Audited(action = AuditAction.VIEW, entity = "assessment")
    Map<String, Object> version(UUID childId, UUID id, int versionNo) {
        return showModel(childId, assessments.findVersion(childId, id, versionNo), Map.of());
    }

    @Get("/{id}/edit")
    @View(FORM)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.VIEW, entity = "assessment")
    Map<String, Object> edit(UUID childId, UUID id) {
        AssessmentView a = assessments.find(childId, id);
        return formModel(childId, a, AssessmentFormReader.values(a), Map.of());
    }

    @Post("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.UPDATE, entity = "assessment")
    HttpResponse<?> update(UUID childId, UUID id, @Body Map<String, Object> body, Authentication authentication) {
        AssessmentView current = assessments.find(childId, id);
        FormFields f = new FormFields(body);
        try {
            assessments.update(childId, id, read(childId, current, f), staff(authentication));
        } catch (ProblemException e) {
            f.addProblem(e);
            HttpStatus status = e.status() == HttpStatus.CONFLICT ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
            if (status == HttpStatus.CONFLICT) {
                conflict(f, childId, id);
            }
            throw new FormProblemException(status, FORM, formModel(childId, current, f.values(), f.errors()));
        } catch (OptimisticLockException e) {
            conflict(f, childId, id);
            throw new FormProblemException(HttpStatus.CONFLICT, FORM, formModel(childId, current, f.values(), f.errors()));
        }
        return HttpResponse.seeOther(URI.create("/children/" + childId + "/assessments/" + id));
    }

    @Post("/{id}/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.UPDATE, entity = "assessment")
    HttpResponse<?> submit(UUID childId, UUID id, @Body Map<String, Object> body) {
        return step(childId, id, body, form -> assessments.submit(childId, id, form));
    }

    @Post("/{id}/countersign")
    @Secured({Roles.TEAM_MANAGER, Roles.YOT_MANAGER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.UPDATE, entity = "assessment")
    HttpResponse<?> countersign(UUID childId, UUID id, @Body Map<String, Object> body, Authentication authentication) {
        return step(childId, id, body, form -> assessments.countersign(childId, id, form, staff(authentication)));
    }

    private HttpResponse<?> step(UUID childId, UUID id, Map<String, Object> body,
                                 java.util.function.Function<StepForm, AssessmentView> action) {
        FormFields f = new FormFields(body);
        Long version = f.whole("version", "Version");
        try {
            action.apply(new StepForm(version == null ? -1L : version, f.text("comment")));
        } catch (ProblemException e) {
            f.addProblem(e);
            throw new FormProblemException(e.status(), SHOW, showModel(childId, assessments.find(childId, id), f.errors()));
        } catch (OptimisticLockException e) {
            f.error("version", "Someone else changed this assessment after you opened it. Check it again, then repeat.");
            throw new FormProblemException(HttpStatus.CONFLICT, SHOW, showModel(childId, assessments.find(childId, id), f.errors()));
        }
        return HttpResponse.seeOther(URI.create("/children/" + childId + "/assessments/" + id));
    }

    private AssessmentForm read(UUID childId, AssessmentView current, FormFields f) {
        AssessmentForm form = reader.read(f);
        if (f.hasErrors()) {
            throw new FormProblemException(HttpStatus.BAD_REQUEST, FORM, formModel(childId, current, f.values(), f.errors()));
        }
        return form;
    }

    private void conflict(FormFields f, UUID childId, UUID id) {
        f.error("version", "Someone else changed this assessment after you opened it. Your changes are shown below "
                + "but were not saved: check the current version in another tab, then save again.");
        f.values().put("version", String.valueOf(assessments.find(childId, id).version()));
    }

    private Map<String, Object> formModel(UUID childId, AssessmentView a, Map<String, String> values,
                                          Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("child", children.find(childId));
        model.put("assessment", a);
        model.put("editing", a != null);
        model.put("values", values);
        model.put("errors", errors);
        model.put("factors", ScaledApproach.FACTORS);
        return model;
    }

    private Map<String, Object> showModel(UUID childId, AssessmentView a, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("child", children.find(childId));
        model.put("assessment", a);
        model.put("errors", errors);
        model.put("factors", ScaledApproach.FACTORS);
        return model;
    }

    private static UUID staff(Authentication authentication) {
        return UUID.fromString(authentication.getName());
    }
}
