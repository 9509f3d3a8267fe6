package org.yothub.volunteers.panel;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.yothub.platform.audit.AuditAction;
import org.yothub.platform.audit.Audited;
import org.yothub.platform.security.Roles;
import org.yothub.volunteers.panel.PanelForms.CancelForm;
import org.yothub.volunteers.panel.PanelForms.OutcomeForm;
import org.yothub.volunteers.panel.PanelForms.PanelForm;

/** The referral order panel rota as JSON. */
@Controller("/api/v1/panels")
@Secured({Roles.VOLUNTEER_COORDINATOR, Roles.TEAM_MANAGER, Roles.YOT_MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Referral order panels")
class PanelApiController {
    private final PanelService panels;

    PanelApiController(PanelService panels) {
        this.panels = panels;
    }

    @Operation(summary = "Panels sitting between two dates (default: today to 90 days ahead)")
    @Get
    @Audited(action = AuditAction.VIEW, entity = "panel")
    List<PanelView> list(@Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to) {
        LocalDate start = from == null ? LocalDate.now() : from;
        return panels.between(start, to == null ? start.plusDays(90) : to);
    }

    @Operation(summary = "Book a panel: 2 community panel members (one may chair) and a YOT officer")
    @Post
    @Secured(Roles.VOLUNTEER_COORDINATOR)
    @Audited(action = AuditAction.CREATE, entity = "panel")
    HttpResponse<PanelView> create(@Body @Valid PanelForm form) {
        PanelView created = panels.schedule(form);
        return HttpResponse.created(created).headers(h -> h.location(URI.create("/api/v1/panels/" + created.id())));
    }

    @Operation(summary = "One panel")
    @Get("/{id}")
    @Audited(action = AuditAction.VIEW, entity = "panel")
    PanelView show(UUID id) {
        return panels.show(id);
    }

    @Operation(summary = "Change a scheduled panel (send the version you read)")
    @Put("/{id}")
    @Secured(Roles.VOLUNTEER_COORDINATOR)
    @Audited(action = AuditAction.UPDATE, entity = "panel")
    PanelView update(UUID id, @Body @Valid PanelForm form) {
        return panels.reschedule(id, form);
    }

    @Operation(summary = "Record the panel's outcome: contract agreed, review, final or adjourned")
    @Post("/{id}/outcome")
    @Secured(Roles.VOLUNTEER_COORDINATOR)
    @Audited(action = AuditAction.UPDATE, entity = "panel")
    PanelView outcome(UUID id, @Body @Valid OutcomeForm form) {
        return panels.recordOutcome(id, form);
    }

    @Operation(summary = "Cancel a scheduled panel")
    @Post("/{id}/cancel")
    @Secured(Roles.VOLUNTEER_COORDINATOR)
    @Audited(action = AuditAction.UPDATE, entity = "panel")
    PanelView cancel(UUID id, @Body @Valid CancelForm form) {
        return panels.cancel(id, form);
    }
}
