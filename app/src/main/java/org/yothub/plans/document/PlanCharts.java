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

    /**
     * The chart, with an {@code alt} attribute on its root element naming every point: the PDF
     * writer reads it as the figure's alternative text (browsers use the SVG's own title and desc).
     */
    public static String svg(String id, String title, String unit, List<PlanDocument.Point> points) {
        String svg = TrendChart.svg(id, title, unit, points.stream().map(p -> new TrendChart.Point(shortLabel(p.period()), p.value())).toList(),
                WIDTH, HEIGHT);
        StringBuilder alt = new StringBuilder("Line chart of ").append(title).append(" (").append(unit).append("): ");
        for (int i = 0; i < points.size(); i++) {
            PlanDocument.Point p = points.get(i);
            alt.append(i == 0 ? "" : "; ").append(shortLabel(p.period())).append(' ')
                    .append(p.value() == null ? "no data" : String.format(java.util.Locale.UK, "%.2f", p.value()));
        }
        return svg.replaceFirst("<svg ", java.util.regex.Matcher.quoteReplacement("<svg alt=\"" + escape(alt.toString()) + "\" "));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    public static String shortLabel(String period) {
        Matcher m = QUARTER.matcher(period);
        return m.matches() ? "Q" + m.group(3) + " " + m.group(1) + "/" + m.group(2) : period;
    }
}
