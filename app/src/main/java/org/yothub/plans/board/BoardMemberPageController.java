package org.yothub.plans.board;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.Validator;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.yothub.plans.Actor;
import org.yothub.plans.FormErrors;
import org.yothub.platform.audit.AuditAction;
import org.yothub.platform.audit.Audited;
import org.yothub.platform.security.Roles;
import org.yothub.platform.web.ProblemException;

/** The management board's members, kept by the YOT's managers. */
@Controller("/plans/board-members")
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.YOT_MANAGER, Roles.TEAM_MANAGER})
class BoardMemberPageController {
    private final BoardMemberService board;
    private final Validator validator;
    private final Actor actor;

    BoardMemberPageController(BoardMemberService board, Validator validator, Actor actor) {
        this.board = board;
        this.validator = validator;
        this.actor = actor;
    }

    @Get
    @View("plans/board/list")
    @Produces(MediaType.TEXT_HTML)
    @Secured({Roles.YOT_MANAGER, Roles.TEAM_MANAGER, Roles.PERFORMANCE_OFFICER, Roles.BOARD_MEMBER})
    Map<String, Object> list() {
        return listModel(Map.of(), Map.of());
    }

    private Map<String, Object> listModel(Map<String, String> form, Map<String, String> errors) {
        Map<String, Object> m = new HashMap<>();
        m.put("members", board.active());
        m.put("form", form);
        m.put("errors", errors);
        m.put("canEdit", actor.hasRole(Roles.YOT_MANAGER) || actor.hasRole(Roles.TEAM_MANAGER));
        return m;
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.CREATE, entity = "board_member")
    HttpResponse<?> create(@Body Map<String, String> form) {
        BoardMemberForm member = form(form, null);
        Map<String, String> errors = FormErrors.of(validator, member);
        if (errors.isEmpty()) {
            try {
                board.create(member);
                return HttpResponse.seeOther(URI.create("/plans/board-members"));
            } catch (ProblemException e) {
                errors = FormErrors.of(e);
            }
        }
        return HttpResponse.badRequest(new ModelAndView<>("plans/board/list", listModel(form, errors)));
    }

    @Get("/{id}")
    @View("plans/board/form")
    @Produces(MediaType.TEXT_HTML)
    Map<String, Object> edit(@PathVariable UUID id) {
        BoardMemberView b = board.get(id);
        Map<String, String> form = new HashMap<>();
        form.put("name", b.name());
        form.put("role_title", b.roleTitle());
        form.put("agency", b.agency());
        form.put("partner", b.partner());
        form.put("champion", b.champion() == null ? "" : b.champion());
        form.put("statutory", Boolean.toString(b.statutory()));
        form.put("chair", Boolean.toString(b.chair()));
        form.put("version", Long.toString(b.version()));
        form.put("position", Integer.toString(b.position()));
        return Map.of("memberId", id, "form", form, "errors", Map.of());
    }

    @Post("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.UPDATE, entity = "board_member")
    HttpResponse<?> update(@PathVariable UUID id, @Body Map<String, String> form) {
        board.get(id);
        Long version = null;
        try {
            version = Long.valueOf(String.valueOf(FormErrors.value(form, "version")));
        } catch (NumberFormatException ignored) {
            version = null;
        }
        BoardMemberForm member = form(form, version);
        Map<String, String> errors = FormErrors.of(validator, member);
        if (errors.isEmpty()) {
            try {
                board.update(id, member);
                return HttpResponse.seeOther(URI.create("/plans/board-members"));
            } catch (ProblemException e) {
                errors = FormErrors.of(e);
            }
        }
        return HttpResponse.badRequest(new ModelAndView<>("plans/board/form", Map.of("memberId", id, "form", form, "errors", errors)));
    }

    @Post("/{id}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Audited(action = AuditAction.DELETE, entity = "board_member")
    HttpResponse<?> remove(@PathVariable UUID id) {
        board.remove(id);
        return HttpResponse.seeOther(URI.create("/plans/board-members"));
    }

    private static BoardMemberForm form(Map<String, String> form, Long version) {
        int position = 0;
        try {
            position = Integer.parseInt(form.getOrDefault("position", "0").trim());
        } catch (NumberFormatException ignored) {
            position = 0;
        }
        return new BoardMemberForm(form.getOrDefault("name", ""), form.getOrDefault("role_title", ""), form.getOrDefault("agency", ""),
                form.getOrDefault("partner", ""), "true".equals(form.get("statutory")), "true".equals(form.get("chair")),
                FormErrors.value(form, "champion"), position, version);
    }
}
