package org.yothub.measures;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yothub.measures.published.PublishedSeriesService;
import org.yothub.platform.audit.AuditAction;
import org.yothub.platform.audit.Audited;
import org.yothub.platform.security.Roles;
import org.yothub.platform.web.TableDownload;

/** The performance pages of one YOT: dashboard, downloads and drill-down to the children behind a measure. */
@Controller("/performance")
@Hidden
@Secured({Roles.CASE_MANAGER, Roles.TEAM_MANAGER, Roles.YOT_MANAGER, Roles.PERFORMANCE_OFFICER, Roles.BOARD_MEMBER})
@ExecuteOn(TaskExecutors.BLOCKING)
class PerformanceController {
    private static final int QUARTERS = 8;
    private final PerformanceService performance;
    private final MeasuresService measures;
    private final PublishedSeriesService published;
    private final Drilldown drilldown;

    PerformanceController(PerformanceService performance, MeasuresService measures, PublishedSeriesService published,
                          Drilldown drilldown) {
        this.performance = performance;
        this.measures = measures;
        this.published = published;
        this.drilldown = drilldown;
    }

    /** The quarter asked for, else the last complete quarter. */
    static Period quarter(String id) {
        if (id == null || id.isBlank()) {
            return Period.quarterOf(Period.quarterOf(LocalDate.now()).start().minusDays(1));
        }
        Period p = Period.parse(id, "period");
        return p.kind() == Period.Kind.FINANCIAL_QUARTER ? p : Period.quarterOf(p.end());
    }

    @Get
    @View("measures/performance/show")
    @Produces(MediaType.TEXT_HTML)
    Map<String, Object> show(@Nullable @QueryValue String period) {
        Period q = quarter(period);
        LocalDate asOf = LocalDate.now();
        PerformanceService.Dashboard d = performance.dashboard(q, QUARTERS, asOf);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PerformanceService.Row r : d.rows()) {
            Map<String, Object> m = new HashMap<>();
            m.put("row", r);
            m.put("chart", TrendChart.svg("trend-" + r.headline().key(), r.headline().label(), r.headline().unit(), r.trend(), 360, 180));
            rows.add(m);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("quarter", q);
        model.put("quarters", d.quarters());
        model.put("rows", rows);
        model.put("kpis", measures.kpis(q, asOf));
        model.put("disposals", measures.disposals(q.rolling12(), asOf));
        model.put("remand", measures.remand(q.rolling12(), asOf));
        model.put("published", published.all());
        model.put("previousQuarter", q.quartersEndingHere(2).get(0).id());
        model.put("nextQuarter", Period.quarterOf(q.end().plusDays(1)).id());
        return model;
    }

    private List<List<Object>> table(PerformanceService.Dashboard d) {
        List<List<Object>> rows = new ArrayList<>();
        for (PerformanceService.Row r : d.rows()) {
            List<Object> row = new ArrayList<>(List.of(r.headline().label(), r.headline().unit(), r.rag().name()));
            r.trend().forEach(p -> row.add(p.value()));
            rows.add(row);
        }
        return rows;
    }

    private List<String> header(PerformanceService.Dashboard d) {
        List<String> header = new ArrayList<>(List.of("measure", "unit", "rag"));
        d.quarters().forEach(q -> header.add(q.id()));
        return header;
    }

    @Get("/download.csv")
    @Produces("text/csv")
    @Audited(action = AuditAction.EXPORT, entity = "performance", idParam = "period")
    HttpResponse<byte[]> csv(@Nullable @QueryValue String period) {
        PerformanceService.Dashboard d = performance.dashboard(quarter(period), QUARTERS, LocalDate.now());
        return TableDownload.csv("performance-" + d.quarter().id(), header(d), table(d));
    }

    @Get("/download.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Audited(action = AuditAction.EXPORT, entity = "performance", idParam = "period")
    HttpResponse<byte[]> xlsx(@Nullable @QueryValue String period) {
        PerformanceService.Dashboard d = performance.dashboard(quarter(period), QUARTERS, LocalDate.now());
        return TableDownload.xlsx("performance-" + d.quarter().id(), "Performance", header(d), table(d));
    }

    @Get("/{measure}/children")
    @View("measures/performance/children")
    @Produces(MediaType.TEXT_HTML)
    @Secured({Roles.TEAM_MANAGER, Roles.YOT_MANAGER, Roles.PERFORMANCE_OFFICER})
    @Audited(action = AuditAction.VIEW, entity = "measure_children", idParam = "measure")
    Map<String, Object> children(@PathVariable String measure, @Nullable @QueryValue String period) {
        Period p = period == null || period.isBlank() ? quarter(null) : Period.parse(period, "period");
        return Map.of("measure", measure, "period", p, "children", drilldown.children(measure, p, LocalDate.now()));
    }
}
