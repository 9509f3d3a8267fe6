package org.yothub.plans.batch;

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
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.yothub.plans.FormErrors;
import org.yothub.platform.audit.AuditAction;
import org.yothub.platform.audit.Audited;
import org.yothub.platform.security.Roles;
import org.yothub.platform.tenancy.TenantDirectory;
import org.yothub.platform.web.FormBinder;
import org.yothub.platform.web.NotFoundException;
import org.yothub.platform.web.ProblemException;

/** The plan batch pages of platform administrators: recent batches, a form to start one, and a batch's progress. */
@Controller("/admin/plan-batches")
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.PLATFORM_ADMIN)
class PlanBatchPageController {
    static final int REFRESH_SECONDS = 5;
    private final PlanBatchJob job;
    private final PlanBatchStore store;
    private final TenantDirectory tenants;
    private final FormBinder binder;

    PlanBatchPageController(PlanBatchJob job, PlanBatchStore store, TenantDirectory tenants, FormBinder binder) {
        this.job = job;
        this.store = store;
        this.tenants = tenants;
        this.binder = binder;
    }

    @Get
    @View("plans/batch/list")
    @Produces(MediaType.TEXT_HTML)
    Map<String, Object> list() {
        LocalDate today = LocalDate.now();
        int year = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        return listModel(Map.of("plan_year", String.valueOf(year)), Map.of());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.CREATE, entity = "plan_batch")
    HttpResponse<?> start(@Body Map<String, String> form, Authentication authentication) {
        FormBinder.Bound<PlanBatchForm> bound = binder.bind(PlanBatchForm.class, form);
        if (!bound.ok()) {
            return HttpResponse.badRequest(new ModelAndView<>("plans/batch/list", listModel(form, bound.errors())));
        }
        try {
            UUID id = PlanBatchController.start(job, tenants, bound.value(), authentication.getName());
            return HttpResponse.seeOther(URI.create("/admin/plan-batches/" + id));
        } catch (ProblemException e) {
            return HttpResponse.status(e.status()).body(new ModelAndView<>("plans/batch/list", listModel(form, FormErrors.of(e))));
        }
    }

    @Get("/{id}")
    @View("plans/batch/show")
    @Produces(MediaType.TEXT_HTML)
    Map<String, Object> show(@PathVariable UUID id) {
        PlanBatchView batch = store.find(id).orElseThrow(() -> new NotFoundException("Plan batch"));
        Map<String, Object> model = new HashMap<>();
        model.put("batch", batch);
        model.put("refresh", batch.running() ? REFRESH_SECONDS : 0);
        return model;
    }

    private Map<String, Object> listModel(Map<String, String> fields, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("batches", store.recent(PlanBatchController.RECENT));
        model.put("fields", fields);
        model.put("errors", errors);
        model.put("threads", job.threads());
        return model;
    }
}
