package org.yothub.plans.batch;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.yothub.platform.audit.AuditAction;
import org.yothub.platform.audit.Audited;
import org.yothub.platform.security.Roles;
import org.yothub.platform.tenancy.TenantDirectory;
import org.yothub.platform.web.NotFoundException;
import org.yothub.platform.web.ProblemException;

/** Plan batches (platform administrators): render every YOT's Youth Justice Plan for a year to PDF and follow the progress. */
@Controller("/api/v1/admin/plan-batches")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Plan batches")
@Secured(Roles.PLATFORM_ADMIN)
class PlanBatchController {
    static final int RECENT = 20;
    private final PlanBatchJob job;
    private final PlanBatchStore store;
    private final TenantDirectory tenants;

    PlanBatchController(PlanBatchJob job, PlanBatchStore store, TenantDirectory tenants) {
        this.job = job;
        this.store = store;
        this.tenants = tenants;
    }

    @Operation(summary = "Start a batch: every YOT's plan for plan_year (or only the YOTs in tenants) rendered to PDF; answers 202 with the batch")
    @Post
    @Audited(action = AuditAction.CREATE, entity = "plan_batch")
    HttpResponse<PlanBatchView> start(@Body @Valid PlanBatchForm form, Authentication authentication) {
        UUID id = start(job, tenants, form, authentication.getName());
        return HttpResponse.<PlanBatchView>status(HttpStatus.ACCEPTED).body(get(id))
                .headers(h -> h.location(URI.create("/api/v1/admin/plan-batches/" + id)));
    }

    @Operation(summary = "A batch's progress: status, YOTs done and failed (with the reason for each failure), timings")
    @Get("/{id}")
    PlanBatchView get(@PathVariable UUID id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("Plan batch"));
    }

    @Operation(summary = "The most recent batches, newest first")
    @Get
    List<PlanBatchView> list() {
        return store.recent(RECENT);
    }

    /** Checks the YOTs named in the form exist, then starts the batch. */
    static UUID start(PlanBatchJob job, TenantDirectory tenants, PlanBatchForm form, String requestedBy) {
        if (form.tenants() != null) {
            for (String code : form.tenants()) {
                if (!tenants.exists(code)) {
                    throw ProblemException.field("tenants", "unknown_tenant", "there is no YOT with the code " + code);
                }
            }
        }
        return job.start(form.planYear(), form.tenants(), requestedBy);
    }
}
