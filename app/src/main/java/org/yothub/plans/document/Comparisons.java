package org.yothub.plans.document;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yothub.benchmarking.BenchmarkViews;
import org.yothub.benchmarking.Breakdown;
import org.yothub.benchmarking.CatalogueMeasure;
import org.yothub.benchmarking.ReleaseStore;
import org.yothub.measures.Headline;
import org.yothub.measures.Period;

/**
 * This YOT against its family, region and England and Wales from the latest benchmark release,
 * as tenant staff may see it (BenchmarkViews applies the disclosure rules; values arrive already
 * rounded or suppressed). The financial year reviewed is used when the release has it, else the
 * twelve months ending with the quarter reviewed.
 */
@Singleton
public class Comparisons {
    private static final Map<String, CatalogueMeasure> BY_HEADLINE = Map.of(
            Headline.FTE_RATE.key(), CatalogueMeasure.FTE,
            Headline.CUSTODY_RATE.key(), CatalogueMeasure.CUSTODY,
            Headline.REOFFENDING_BINARY.key(), CatalogueMeasure.REOFFENDING,
            Headline.ETE.key(), CatalogueMeasure.ETE);
    private final BenchmarkViews views;

    Comparisons(BenchmarkViews views) {
        this.views = views;
    }

    public record Found(String releaseLabel, Map<String, List<PlanDocument.Comparison>> byHeadline) { }

    public Found forTenant(String tenant, Period year, Period quarter) {
        Optional<ReleaseStore.Release> release = views.latest();
        if (release.isEmpty()) {
            return new Found(null, Map.of());
        }
        BenchmarkViews.Viewer viewer = new BenchmarkViews.Viewer(false, null, tenant);
        Map<String, List<PlanDocument.Comparison>> out = new LinkedHashMap<>();
        BY_HEADLINE.forEach((headline, measure) -> {
            String period = year.id();
            List<BenchmarkViews.Row> rows = views.rows(release.get().id(), viewer, measure, period, Breakdown.NONE);
            if (rows.isEmpty()) {
                period = quarter.rolling12().id();
                rows = views.rows(release.get().id(), viewer, measure, period, Breakdown.NONE);
            }
            List<PlanDocument.Comparison> list = new ArrayList<>();
            for (BenchmarkViews.Row r : rows) {
                list.add(new PlanDocument.Comparison(r.geography(), r.own() ? "This YOT" : r.label(), period, r.value(), r.flag(),
                        r.rank(), r.rankedOf(), r.quartile(), "benchmark release " + release.get().version()));
            }
            out.put(headline, list);
        });
        return new Found("release " + release.get().version() + " (" + release.get().lastQuarter() + ")", out);
    }

    static String geographyLabel(String geography) {
        return switch (geography) {
            case "family" -> "Family average";
            case "region" -> "Region";
            case "national" -> "England and Wales";
            default -> "This YOT";
        };
    }

    static String format(double v) {
        return new java.math.BigDecimal(v).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
