package org.yothub.measures;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yothub.measures.published.PublishedPoint;
import org.yothub.measures.published.PublishedSeriesService;
import org.yothub.platform.tenancy.TenantSettings;
import org.yothub.platform.tenancy.TenantSettingsService;

/**
 * The performance dashboard of one YOT: each headline measure for a quarter with its value, RAG,
 * change since the previous quarter, trend over the quarters ending with it, and the latest
 * published comparator values.
 */
@Singleton
public class PerformanceService {
    private final MeasuresService measures;
    private final PublishedSeriesService published;
    private final TenantSettingsService settings;

    PerformanceService(MeasuresService measures, PublishedSeriesService published, TenantSettingsService settings) {
        this.measures = measures;
        this.published = published;
        this.settings = settings;
    }

    public record Comparator(String geography, String period, String source, double value) { }

    public record Row(Headline headline, Double value, Double previous, Rag rag, List<TrendChart.Point> trend,
                      List<Comparator> comparators, boolean provisional) { }

    public record Dashboard(Period quarter, List<Period> quarters, List<Row> rows) { }

    public Dashboard dashboard(Period quarter, int quarters, LocalDate asOf) {
        List<Period> periods = quarter.quartersEndingHere(quarters);
        Map<Headline, List<TrendChart.Point>> trends = new LinkedHashMap<>();
        for (Headline h : Headline.values()) {
            trends.put(h, new ArrayList<>());
        }
        boolean provisional = false;
        List<Period> rolling = periods.stream().map(Period::rolling12).toList();
        var ftes = measures.firstTimeEntrants(rolling, asOf);
        var reoffs = measures.reoffending(periods, asOf);
        var custodies = measures.custody(rolling, asOf);
        var remands = measures.remand(periods, asOf);
        var ends = measures.endOfIntervention(periods, asOf);
        for (int i = 0; i < periods.size(); i++) {
            Period q = periods.get(i);
            var fte = ftes.get(i);
            var reoff = reoffs.get(i);
            var custody = custodies.get(i);
            var remand = remands.get(i);
            var end = ends.get(i);
            add(trends, Headline.FTE_RATE, q, fte.ratePer100k());
            add(trends, Headline.REOFFENDING_BINARY, q, reoff.binaryRate());
            add(trends, Headline.REOFFENDING_FREQUENCY, q, reoff.frequencyRate());
            add(trends, Headline.CUSTODY_RATE, q, custody.ratePer1000());
            add(trends, Headline.CUSTODY_PERCENT, q, custody.percentOfCourtSentences());
            add(trends, Headline.REMAND_NIGHTS, q, (double) remand.nights());
            add(trends, Headline.ETE, q, end.eteSuitable().percent());
            add(trends, Headline.ACCOMMODATION, q, end.accommodationSuitable().percent());
            provisional = !reoff.isFinal();
        }
        TenantSettings s = settings.current();
        List<PublishedPoint> points = published.all();
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<Headline, List<TrendChart.Point>> e : trends.entrySet()) {
            Headline h = e.getKey();
            List<TrendChart.Point> t = e.getValue();
            Double value = t.get(t.size() - 1).value();
            Double previous = t.size() > 1 ? t.get(t.size() - 2).value() : null;
            Rag rag = Rag.of(value, h.ragKey() == null ? null : s.rag().get(h.ragKey()), h.lowerIsBetter());
            rows.add(new Row(h, value, previous, rag, t, comparators(points, h),
                    provisional && (h == Headline.REOFFENDING_BINARY || h == Headline.REOFFENDING_FREQUENCY)));
        }
        return new Dashboard(quarter, periods, rows);
    }

    private static void add(Map<Headline, List<TrendChart.Point>> trends, Headline h, Period q, Double value) {
        trends.get(h).add(new TrendChart.Point(q.id(), value));
    }

    /** The latest published value per geography for the measure. */
    private static List<Comparator> comparators(List<PublishedPoint> points, Headline h) {
        List<Comparator> out = new ArrayList<>();
        for (String geography : List.of("tenant", "family", "region", "national")) {
            Optional<PublishedPoint> latest = points.stream()
                    .filter(p -> p.measure().equals(h.key()) && p.geography().equals(geography))
                    .max(java.util.Comparator.comparing((PublishedPoint p) -> Period.parse(p.period(), "period").end()));
            latest.ifPresent(p -> out.add(new Comparator(geography, p.period(), p.source(), p.value().doubleValue())));
        }
        return out;
    }
}
