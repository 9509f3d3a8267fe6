package org.yothub.benchmarking;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.yothub.platform.audit.AuditAction;
import org.yothub.platform.audit.Audited;
import org.yothub.platform.security.Roles;
import org.yothub.platform.web.NotFoundException;

/** The benchmarking API. Every request is audited; undocumented parameters are refused. */
@Controller("/api/v1/benchmarking")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Benchmarking")
class BenchmarkController {
    private static final Set<String> RANKING_PARAMS = Set.of("measure", "period", "breakdown");
    private final ReleaseJob job;
    private final ReleaseStore store;
    private final BenchmarkViews views;

    BenchmarkController(ReleaseJob job, ReleaseStore store, BenchmarkViews views) {
        this.job = job;
        this.store = store;
        this.views = views;
    }

    @Serdeable
    record ReleaseView(UUID id, int version, String policy, String status, int progress, String lastQuarter, int tenants,
                       int cells, String contentHash) {
        static ReleaseView of(ReleaseStore.Release r) {
            return new ReleaseView(r.id(), r.version(), r.policy(), r.status(), r.progress(), r.lastQuarter(), r.tenants(),
                    r.cells(), r.contentHash());
        }
    }

    @Serdeable
    record RankingView(int release, String measure, String label, String period, String breakdown, List<BenchmarkViews.Row> rows) { }

    @Operation(summary = "List benchmark releases (newest first)")
    @Get("/releases")
    @Secured({Roles.PEER_REVIEWER, Roles.OVERSIGHT, Roles.PLATFORM_ADMIN})
    @Audited(action = AuditAction.VIEW, entity = "benchmark_release", idParam = "none")
    List<ReleaseView> releases(HttpRequest<?> request) {
        BenchmarkQuery.only(request, Set.of());
        return store.releases().stream().map(ReleaseView::of).toList();
    }

    @Operation(summary = "Start a new release now (runs in the background; poll its status)")
    @Post("/releases")
    @Secured({Roles.OVERSIGHT, Roles.PLATFORM_ADMIN})
    @Audited(action = AuditAction.CREATE, entity = "benchmark_release", idParam = "none")
    HttpResponse<ReleaseView> start(Authentication authentication) {
        UUID id = job.start(authentication.getName());
        return HttpResponse.accepted().body(ReleaseView.of(store.release(id).orElseThrow()));
    }

    @Operation(summary = "A release's status and progress")
    @Get("/releases/{id}")
    @Secured({Roles.PEER_REVIEWER, Roles.OVERSIGHT, Roles.PLATFORM_ADMIN})
    @Audited(action = AuditAction.VIEW, entity = "benchmark_release")
    ReleaseView release(@PathVariable UUID id, HttpRequest<?> request) {
        BenchmarkQuery.only(request, Set.of());
        return store.release(id).map(ReleaseView::of).orElseThrow(() -> new NotFoundException("Release"));
    }

    @Operation(summary = "A measure across YOTs, ranked, with family, region and national aggregates "
            + "(peer reviewers see other YOTs by pseudonym; oversight by name)")
    @Get("/releases/{id}/ranking")
    @Secured({Roles.PEER_REVIEWER, Roles.OVERSIGHT})
    @Audited(action = AuditAction.VIEW, entity = "benchmark_release")
    RankingView ranking(@PathVariable UUID id, @Nullable @QueryValue String measure, @Nullable @QueryValue String period,
                        @Nullable @QueryValue String breakdown, HttpRequest<?> request, Authentication authentication) {
        BenchmarkQuery.only(request, RANKING_PARAMS);
        ReleaseStore.Release release = views.release(id);
        CatalogueMeasure m = BenchmarkQuery.measure(measure);
        String p = BenchmarkQuery.period(period, release);
        String b = BenchmarkQuery.breakdown(breakdown);
        return new RankingView(release.version(), m.key(), m.label(), p, b,
                views.rows(id, BenchmarkViews.Viewer.of(authentication), m, p, b));
    }

    @Serdeable
    record NeighbourView(String name, int position, double distance, String contributions, String closestOn) { }

    @Operation(summary = "Your YOT's statistical nearest neighbours in the latest release and the variables that drove each match")
    @Get("/neighbours")
    @Secured({Roles.TEAM_MANAGER, Roles.YOT_MANAGER, Roles.PERFORMANCE_OFFICER, Roles.BOARD_MEMBER})
    @Audited(action = AuditAction.VIEW, entity = "benchmark_neighbours", idParam = "none")
    List<NeighbourView> neighbours(HttpRequest<?> request, Authentication authentication) {
        BenchmarkQuery.only(request, Set.of());
        ReleaseStore.Release release = views.latest().orElseThrow(() -> new NotFoundException("Benchmark release"));
        String own = org.yothub.platform.tenancy.CurrentTenant.fromAuthentication(authentication).orElseThrow();
        return store.neighbours(release.id(), own).stream().map(n -> new NeighbourView(views.name(n.neighbour()), n.position(),
                n.distance(), n.contributions(), n.closestOn())).toList();
    }

    @Operation(summary = "Your YOT against its family, region and England and Wales in the latest release, with rank and quartile")
    @Get("/comparison")
    @Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER, Roles.PERFORMANCE_OFFICER, Roles.BOARD_MEMBER})
    @Audited(action = AuditAction.VIEW, entity = "benchmark_comparison", idParam = "measure")
    RankingView comparison(@Nullable @QueryValue String measure, @Nullable @QueryValue String period,
                           HttpRequest<?> request, Authentication authentication) {
        BenchmarkQuery.only(request, Set.of("measure", "period"));
        ReleaseStore.Release release = views.latest().orElseThrow(() -> new NotFoundException("Benchmark release"));
        CatalogueMeasure m = BenchmarkQuery.measure(measure);
        String p = BenchmarkQuery.period(period, release);
        return new RankingView(release.version(), m.key(), m.label(), p, Breakdown.NONE,
                views.rows(release.id(), BenchmarkViews.Viewer.of(authentication), m, p, Breakdown.NONE));
    }
}
