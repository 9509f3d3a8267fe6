package org.yothub.plans.document;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.yothub.platform.audit.AuditAction;
import org.yothub.platform.audit.Audited;
import org.yothub.platform.security.Roles;

/** PDFs of your YOT's plan rendered by the national plan batch; every download is audited as an export. */
@Controller("/api/v1/plans/{id}/renditions")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Plans")
@Secured({Roles.YOT_MANAGER, Roles.TEAM_MANAGER, Roles.PERFORMANCE_OFFICER, Roles.BOARD_MEMBER})
class PlanRenditionController {
    private final PlanRenditionService renditions;

    PlanRenditionController(PlanRenditionService renditions) {
        this.renditions = renditions;
    }

    @Operation(summary = "The batch-rendered PDFs of a plan, newest first")
    @Get
    List<PlanRenditionView> list(@PathVariable UUID id) {
        return renditions.list(id);
    }

    @Operation(summary = "Download the newest batch-rendered PDF of a plan")
    @Get("/latest.pdf")
    @Produces("application/pdf")
    @Audited(action = AuditAction.EXPORT, entity = "plan_rendition")
    HttpResponse<byte[]> latest(@PathVariable UUID id) {
        return PlanDocumentController.attachment(renditions.latest(id), MediaType.of("application/pdf"));
    }
}
