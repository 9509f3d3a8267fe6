package org.yothub.plans.board;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
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
import org.yothub.platform.audit.AuditAction;
import org.yothub.platform.audit.Audited;
import org.yothub.platform.security.Roles;

/** Members of your YOT's management board (role, agency, partner, chair, champion). */
@Controller("/api/v1/board-members")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Plans")
@Secured({Roles.YOT_MANAGER, Roles.TEAM_MANAGER})
class BoardMemberApiController {
    private final BoardMemberService board;

    BoardMemberApiController(BoardMemberService board) {
        this.board = board;
    }

    @Operation(summary = "List the board's current members, chair first")
    @Get
    @Secured({Roles.YOT_MANAGER, Roles.TEAM_MANAGER, Roles.PERFORMANCE_OFFICER, Roles.BOARD_MEMBER})
    List<BoardMemberView> list() {
        return board.active();
    }

    @Operation(summary = "A board member")
    @Get("/{id}")
    @Secured({Roles.YOT_MANAGER, Roles.TEAM_MANAGER, Roles.PERFORMANCE_OFFICER, Roles.BOARD_MEMBER})
    BoardMemberView get(@PathVariable UUID id) {
        return board.get(id);
    }

    @Operation(summary = "Add a board member (at most one chair)")
    @Post
    @Audited(action = AuditAction.CREATE, entity = "board_member")
    HttpResponse<BoardMemberView> create(@Body @Valid BoardMemberForm form) {
        return HttpResponse.created(board.create(form));
    }

    @Operation(summary = "Change a board member (send the version you read)")
    @Put("/{id}")
    @Audited(action = AuditAction.UPDATE, entity = "board_member")
    BoardMemberView update(@PathVariable UUID id, @Body @Valid BoardMemberForm form) {
        return board.update(id, form);
    }

    @Operation(summary = "A member leaves the board")
    @Delete("/{id}")
    @Audited(action = AuditAction.DELETE, entity = "board_member")
    HttpResponse<Void> remove(@PathVariable UUID id) {
        board.remove(id);
        return HttpResponse.noContent();
    }
}
