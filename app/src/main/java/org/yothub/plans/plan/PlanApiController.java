package org.yothub.plans.plan;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.yothub.plans.board.BoardMemberService;
import org.yothub.plans.document.PlanDocumentService;
import org.yothub.platform.audit.AuditAction;
import org.yothub.platform.audit.Audited;
import org.yothub.platform.security.Roles;

/** Youth Justice Plans of your YOT: create, write narratives, and move through draft → submitted → approved → published. */
@Controller("/api/v1/plans")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Plans")
@Secured({Roles.YOT_MANAGER, Roles.TEAM_MANAGER, Roles.PERFORMANCE_OFFICER, Roles.BOARD_MEMBER})
class PlanApiController {
    private final PlanService plans;
    private final NarrativeService narratives;
    private final PlanDocumentService documents;
    private final BoardMemberService board;
    private final org.yothub.plans.Actor actor;

    PlanApiController(PlanService plans, NarrativeService narratives, PlanDocumentService documents, BoardMemberService board,
                      org.yothub.plans.Actor actor) {
        this.plans = plans;
        this.narratives = narratives;
        this.documents = documents;
        this.board = board;
        this.actor = actor;
    }

    @Operation(summary = "List your YOT's plans, newest first")
    @Get
    List<PlanView> list() {
        return plans.list();
    }

    @Operation(summary = "Start the plan for a financial year (carries forward the previous year's narratives and unfinished actions)")
    @Post
    @Secured({Roles.YOT_MANAGER, Roles.TEAM_MANAGER})
    @Audited(action = AuditAction.CREATE, entity = "plan")
    HttpResponse<PlanView> create(@Body @Valid PlanForm form) {
        return HttpResponse.created(plans.create(form));
    }

    @Operation(summary = "A plan's state")
    @Get("/{id}")
    @Audited(action = AuditAction.VIEW, entity = "plan")
    PlanView get(@PathVariable UUID id) {
        return plans.get(id);
    }

    @Operation(summary = "The latest text of each narrative section")
    @Get("/{id}/sections")
    List<NarrativeView> sections(@PathVariable UUID id) {
        plans.get(id);
        return List.copyOf(narratives.latest(id).values());
    }

    @Operation(summary = "Every revision of a narrative section, newest first, with who wrote it")
    @Get("/{id}/sections/{key}/history")
    List<NarrativeView> history(@PathVariable UUID id, @PathVariable String key) {
        return narratives.history(id, key);
    }

    @Operation(summary = "Write a narrative section (Markdown); saves a new revision")
    @Put("/{id}/sections/{key}")
    @Secured({Roles.YOT_MANAGER, Roles.TEAM_MANAGER, Roles.PERFORMANCE_OFFICER})
    @Audited(action = AuditAction.UPDATE, entity = "plan_narrative")
    NarrativeView write(@PathVariable UUID id, @PathVariable String key, @Body @Valid NarrativeForm form) {
        return narratives.save(id, key, form);
    }

    @Operation(summary = "Submit a draft plan to the board (fixes the date its figures are taken at)")
    @Post("/{id}/submit")
    @Secured({Roles.YOT_MANAGER, Roles.TEAM_MANAGER})
    @Audited(action = AuditAction.UPDATE, entity = "plan")
    PlanView submit(@PathVariable UUID id, @Body @Valid WorkflowForm form) {
        return plans.submit(id, form.version());
    }

    @Operation(summary = "Send a submitted plan back to draft for changes (clears sign-offs)")
    @Post("/{id}/return")
    @Secured({Roles.YOT_MANAGER, Roles.BOARD_MEMBER})
    @Audited(action = AuditAction.UPDATE, entity = "plan")
    PlanView returnToDraft(@PathVariable UUID id, @Body @Valid WorkflowForm form) {
        return plans.returnToDraft(id, form.version());
    }

    @Operation(summary = "Record the board's approval (board chair's sign-off)")
    @Post("/{id}/approve")
    @Secured(Roles.BOARD_MEMBER)
    @Audited(action = AuditAction.UPDATE, entity = "plan")
    PlanView approve(@PathVariable UUID id, @Body @Valid WorkflowForm form) {
        return plans.chairApproval(id, form.version(), board.chairName().orElse(actor.displayName()));
    }

    @Operation(summary = "Record the YOT manager's sign-off")
    @Post("/{id}/sign")
    @Secured(Roles.YOT_MANAGER)
    @Audited(action = AuditAction.UPDATE, entity = "plan")
    PlanView sign(@PathVariable UUID id, @Body @Valid WorkflowForm form) {
        return plans.managerSignOff(id, form.version());
    }

    @Operation(summary = "Publish an approved plan: its HTML, PDF and DOCX are frozen")
    @Post("/{id}/publish")
    @Secured(Roles.YOT_MANAGER)
    @Audited(action = AuditAction.UPDATE, entity = "plan")
    PlanView publish(@PathVariable UUID id, @Body @Valid WorkflowForm form) {
        return documents.publish(id, form.version());
    }

    @Operation(summary = "Start a new revision of a published plan")
    @Post("/{id}/revisions")
    @Secured({Roles.YOT_MANAGER, Roles.TEAM_MANAGER})
    @Audited(action = AuditAction.CREATE, entity = "plan")
    HttpResponse<PlanView> revise(@PathVariable UUID id) {
        return HttpResponse.created(plans.newRevision(id));
    }
}
