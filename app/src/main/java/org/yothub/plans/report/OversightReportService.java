package org.yothub.plans.report;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.yothub.benchmarking.BenchmarkViews;
import org.yothub.benchmarking.Breakdown;
import org.yothub.benchmarking.CatalogueMeasure;
import org.yothub.benchmarking.ReleaseStore;
import org.yothub.measures.Period;
import org.yothub.platform.tenancy.Tenant;
import org.yothub.platform.tenancy.TenantDirectory;
import org.yothub.platform.web.NotFoundException;
import org.yothub.platform.web.ProblemException;

/** Builds the oversight report from the latest complete benchmark release, as oversight users may see it (YOTs named). */
@Singleton
public class OversightReportService {
    private final BenchmarkViews views;
    private final TenantDirectory tenants;

    OversightReportService(BenchmarkViews views, TenantDirectory tenants) {
        this.views = views;
        this.tenants = tenants;
    }

    public OversightReport report(String period, String region) {
        ReleaseStore.Release release = views.latest().orElseThrow(() -> new NotFoundException("Benchmark release"));
        String p = period == null || period.isBlank() ? Period.parse(release.lastQuarter(), "period").rolling12().id()
                : Period.parse(period, "period").id();
        Map<String, String> regionByName = tenants.all().stream()
                .collect(Collectors.toMap(Tenant::getName, Tenant::getRegion, (a, b) -> a));
        List<String> regions = new ArrayList<>(new TreeSet<>(regionByName.values()));
        if (region != null && !region.isBlank() && !regions.contains(region)) {
            throw ProblemException.field("region", "unknown_region", "region must be one of " + String.join(", ", regions));
        }
        String r = region == null || region.isBlank() ? null : region;
        BenchmarkViews.Viewer oversight = new BenchmarkViews.Viewer(true, null, null);
        List<OversightReport.Block> blocks = new ArrayList<>();
        for (CatalogueMeasure m : CatalogueMeasure.values()) {
            List<BenchmarkViews.Row> rows = views.rows(release.id(), oversight, m, p, Breakdown.NONE);
            List<OversightReport.Yot> yots = rows.stream().filter(x -> x.geography().equals("tenant"))
                    .map(x -> new OversightReport.Yot(regionByName.getOrDefault(x.label(), ""), x))
                    .filter(y -> r == null || r.equals(y.region()))
                    .sorted(Comparator.comparing((OversightReport.Yot y) -> y.row().rank() == null ? Integer.MAX_VALUE : y.row().rank())
                            .thenComparing(y -> y.row().label()))
                    .toList();
            blocks.add(new OversightReport.Block(m.key(), m.label(), m.lowerIsBetter(),
                    rows.stream().filter(x -> x.geography().equals("national")).toList(),
                    rows.stream().filter(x -> x.geography().equals("region") && (r == null || x.label().endsWith(r))).toList(), yots));
        }
        if (blocks.stream().allMatch(b -> b.national().isEmpty() && b.yots().isEmpty())) {
            throw ProblemException.field("period", "not_in_release", "release " + release.version() + " has no figures for " + p);
        }
        return new OversightReport(release.version(), release.lastQuarter(), release.policy(), p, r, regions, blocks);
    }

    /** The report as rows for a spreadsheet. */
    public static List<List<Object>> table(OversightReport report) {
        List<List<Object>> out = new ArrayList<>();
        for (OversightReport.Block b : report.measures()) {
            for (BenchmarkViews.Row x : b.national()) {
                out.add(row(b, report, "England and Wales", "", x));
            }
            for (BenchmarkViews.Row x : b.regions()) {
                out.add(row(b, report, "Region", x.label().replaceFirst("^Region: ", ""), x));
            }
            for (OversightReport.Yot y : b.yots()) {
                out.add(row(b, report, "YOT", y.region(), y.row()));
            }
        }
        return out;
    }

    public static final List<String> HEADER = List.of("measure", "period", "level", "region", "name", "value", "flag", "numerator",
            "denominator", "rank", "ranked_of", "quartile");

    private static List<Object> row(OversightReport.Block b, OversightReport r, String level, String region, BenchmarkViews.Row x) {
        List<Object> row = new ArrayList<>();
        row.add(b.label());
        row.add(r.period());
        row.add(level);
        row.add(region);
        row.add(x.label());
        row.add(number(x.value()));
        row.add(x.flag());
        row.add(number(x.numerator()));
        row.add(number(x.denominator()));
        row.add(x.rank());
        row.add(x.rankedOf());
        row.add(x.quartile());
        return row;
    }

    private static Object number(String s) {
        if (s == null) {
            return null;
        }
        try {
            return new java.math.BigDecimal(s);
        } catch (NumberFormatException e) {
            return s;
        }
    }
}
