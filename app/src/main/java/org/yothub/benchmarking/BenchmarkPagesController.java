package org.yothub.benchmarking;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
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
import org.yothub.measures.Period;
import org.yothub.platform.audit.AuditAction;
import org.yothub.platform.audit.Audited;
import org.yothub.platform.security.Roles;
import org.yothub.platform.web.NotFoundException;
import org.yothub.platform.web.TableDownload;

/** Benchmarking pages for peer reviewers and oversight, and the oversight report downloads. */
@Controller("/benchmarking")
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.PEER_REVIEWER, Roles.OVERSIGHT, Roles.PLATFORM_ADMIN})
class BenchmarkPagesController {
    private final BenchmarkViews views;
    private final ReleaseStore store;

    BenchmarkPagesController(BenchmarkViews views, ReleaseStore store) {
        this.views = views;
        this.store = store;
    }

    @Get
    @View("benchmarking/ranking")
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.VIEW, entity = "benchmark_release", idParam = "measure")
    Map<String, Object> ranking(@Nullable @QueryValue String measure, @Nullable @QueryValue String period,
                                @Nullable @QueryValue String breakdown, HttpRequest<?> request, Authentication auth) {
        BenchmarkQuery.only(request, Set.of("measure", "period", "breakdown"));
        Map<String, Object> model = new HashMap<>();
        model.put("releases", store.releases());
        var latest = views.latest();
        model.put("canRelease", auth.getRoles().contains(Roles.OVERSIGHT) || auth.getRoles().contains(Roles.PLATFORM_ADMIN));
        if (latest.isEmpty() || auth.getRoles().equals(java.util.Set.of(Roles.PLATFORM_ADMIN))) {
            model.put("release", latest.orElse(null));
            return model;
        }
        ReleaseStore.Release release = latest.get();
        CatalogueMeasure m = BenchmarkQuery.measure(measure);
        String p = BenchmarkQuery.period(period, release);
        String b = BenchmarkQuery.breakdown(breakdown);
        BenchmarkViews.Viewer viewer = BenchmarkViews.Viewer.of(auth);
        List<BenchmarkViews.Row> rows = views.rows(release.id(), viewer, m, p, b);
        model.put("release", release);
        model.put("measure", m);
        model.put("measures", CatalogueMeasure.values());
        model.put("period", p);
        model.put("periods", ReleaseCatalogue.periods(Period.parse(release.lastQuarter(), "period")).stream().map(Period::id).toList());
        model.put("breakdown", b);
        model.put("breakdowns", Breakdown.ALL);
        model.put("rows", rows);
        model.put("oversight", auth.getRoles().contains(Roles.OVERSIGHT));
        model.put("chart", Breakdown.NONE.equals(b) ? views.rankingChart(release.id(), viewer, m, p) : "");
        return model;
    }

    private List<List<Object>> report(ReleaseStore.Release release, String period) {
        List<List<Object>> out = new ArrayList<>();
        BenchmarkViews.Viewer oversight = new BenchmarkViews.Viewer(true, null, null);
        for (CatalogueMeasure m : CatalogueMeasure.values()) {
            for (BenchmarkViews.Row r : views.rows(release.id(), oversight, m, period, Breakdown.NONE)) {
                out.add(new ArrayList<>(java.util.Arrays.asList(m.label(), period, r.geography(), r.label(), r.numerator(),
                        r.denominator(), r.value(), r.flag(), r.rank(), r.quartile())));
            }
        }
        return out;
    }

    private static final List<String> REPORT_HEADER = List.of("measure", "period", "geography", "name", "numerator",
            "denominator", "value", "flag", "rank", "quartile");

    @Get("/oversight/report.csv")
    @Secured(Roles.OVERSIGHT)
    @Produces("text/csv")
    @Audited(action = AuditAction.EXPORT, entity = "benchmark_release", idParam = "period")
    HttpResponse<byte[]> reportCsv(@Nullable @QueryValue String period, HttpRequest<?> request) {
        BenchmarkQuery.only(request, Set.of("period"));
        ReleaseStore.Release release = views.latest().orElseThrow(() -> new NotFoundException("Benchmark release"));
        String p = BenchmarkQuery.period(period, release);
        return TableDownload.csv("oversight-report-v" + release.version() + "-" + p, REPORT_HEADER, report(release, p));
    }

    @Get("/oversight/report.xlsx")
    @Secured(Roles.OVERSIGHT)
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Audited(action = AuditAction.EXPORT, entity = "benchmark_release", idParam = "period")
    HttpResponse<byte[]> reportXlsx(@Nullable @QueryValue String period, HttpRequest<?> request) {
        BenchmarkQuery.only(request, Set.of("period"));
        ReleaseStore.Release release = views.latest().orElseThrow(() -> new NotFoundException("Benchmark release"));
        String p = BenchmarkQuery.period(period, release);
        return TableDownload.xlsx("oversight-report-v" + release.version() + "-" + p, "Oversight " + p, REPORT_HEADER, report(release, p));
    }
}
