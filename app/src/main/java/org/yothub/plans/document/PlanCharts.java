package org.yothub.plans.document;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yothub.measures.TrendChart;

/** Trend charts for documents: the measures feature's accessible SVG chart with short quarter labels ("Q1 23/24"). */
public final class PlanCharts {
    private static final Pattern QUARTER = Pattern.compile("FY\\d\\d(\\d\\d)-(\\d\\d)-Q([1-4])");
    public static final int WIDTH = 480;
    public static final int HEIGHT = 220;

    private PlanCharts() {
    }

    public static String svg(String id, String title, String unit, List<PlanDocument.Point> points) {
        return TrendChart.svg(id, title, unit, points.stream().map(p -> new TrendChart.Point(shortLabel(p.period()), p.value())).toList(),
                WIDTH, HEIGHT);
    }

    public static String shortLabel(String period) {
        Matcher m = QUARTER.matcher(period);
        return m.matches() ? "Q" + m.group(3) + " " + m.group(1) + "/" + m.group(2) : period;
    }
}
