package org.yothub.benchmarking;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yothub.platform.audit.AuditAction;
import org.yothub.platform.audit.Audited;
import org.yothub.platform.security.Roles;
import org.yothub.platform.tenancy.CurrentTenant;

/** Tenant staff: their own YOT against family, neighbours, region and England and Wales, from the latest release. */
@Controller("/performance/comparison")
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER, Roles.PERFORMANCE_OFFICER, Roles.BOARD_MEMBER})
class ComparisonPageController {
    private final BenchmarkViews views;
    private final ReleaseStore store;

    ComparisonPageController(BenchmarkViews views, ReleaseStore store) {
        this.views = views;
        this.store = store;
    }

    @Get
    @View("benchmarking/comparison")
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.VIEW, entity = "benchmark_comparison", idParam = "period")
    Map<String, Object> show(@Nullable @QueryValue String period, HttpRequest<?> request, Authentication auth) {
        BenchmarkQuery.only(request, Set.of("period"));
        Map<String, Object> model = new HashMap<>();
        var latest = views.latest();
        model.put("release", latest.orElse(null));
        if (latest.isEmpty()) {
            return model;
        }
        ReleaseStore.Release release = latest.get();
        String p = period == null ? release.lastQuarter() + "-R12" : BenchmarkQuery.period(period, release);
        List<Map<String, Object>> sections = new ArrayList<>();
        for (CatalogueMeasure m : CatalogueMeasure.values()) {
            sections.add(Map.of("measure", m, "rows", views.rows(release.id(), BenchmarkViews.Viewer.of(auth), m, p, Breakdown.NONE)));
        }
        model.put("period", p);
        model.put("sections", sections);
        String own = CurrentTenant.fromAuthentication(auth).orElseThrow();
        model.put("neighbours", store.neighbours(release.id(), own).stream().map(n -> Map.of("name", views.name(n.neighbour()),
                "distance", n.distance(), "closestOn", n.closestOn() == null ? "" : n.closestOn().replace('_', ' '))).toList());
        return model;
    }
}
