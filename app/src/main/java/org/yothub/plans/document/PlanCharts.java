package org.yothub.plans.document;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * Trend charts for documents, in the measures feature's chart style (JFreeChart on JFreeSVG) with
 * short quarter labels ("Q1 23/24") that always fit under the axis. Element ids derive from the
 * chart id, so the same data gives the same SVG. The SVG is accessible: role="img" with a title
 * and a description naming every point, and an {@code alt} attribute on its root element that
 * the PDF writer uses as the figure's alternative text.
 */
public final class PlanCharts {
    public static final int WIDTH = 600;
    public static final int HEIGHT = 240;
    private static final Pattern QUARTER = Pattern.compile("FY\\d\\d(\\d\\d)-(\\d\\d)-Q([1-4])");

    private PlanCharts() {
    }

    public static String svg(String id, String title, String unit, List<PlanDocument.Point> points) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (PlanDocument.Point p : points) {
            data.addValue(p.value(), title, shortLabel(p.period()));
        }
        JFreeChart chart = ChartFactory.createLineChart(null, null, unit, data, PlotOrientation.VERTICAL, false, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xb1b4b6));
        plot.setOutlineVisible(false);
        Font font = new Font("SansSerif", Font.PLAIN, 11);
        CategoryAxis axis = plot.getDomainAxis();
        axis.setTickLabelFont(font);
        axis.setMaximumCategoryLabelWidthRatio(1.5f);
        axis.setMaximumCategoryLabelLines(2);
        plot.getRangeAxis().setTickLabelFont(font);
        plot.getRangeAxis().setLabelFont(font);
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setSeriesPaint(0, new Color(0x1d70b8));
        renderer.setSeriesStroke(0, new BasicStroke(2.5f));
        renderer.setDefaultShapesVisible(true);
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        g.setDefsKeyPrefix(id);
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        String svg = g.getSVGElement(id);
        String desc = description(title, unit, points);
        String a11y = "<title id=\"" + id + "-title\">" + escape(title) + "</title><desc id=\"" + id + "-desc\">" + escape(desc) + "</desc>";
        int close = svg.indexOf('>');
        return "<svg alt=\"" + escape(desc) + "\" " + svg.substring(5, close) + " role=\"img\" aria-labelledby=\"" + id + "-title " + id
                + "-desc\">" + a11y + svg.substring(close + 1);
    }

    static String description(String title, String unit, List<PlanDocument.Point> points) {
        StringBuilder alt = new StringBuilder("Line chart of ").append(title).append(" (").append(unit).append("): ");
        for (int i = 0; i < points.size(); i++) {
            PlanDocument.Point p = points.get(i);
            alt.append(i == 0 ? "" : "; ").append(shortLabel(p.period())).append(' ')
                    .append(p.value() == null ? "no data" : String.format(Locale.UK, "%.2f", p.value()));
        }
        return alt.toString();
    }

    public static String shortLabel(String period) {
        Matcher m = QUARTER.matcher(period);
        return m.matches() ? "Q" + m.group(3) + " " + m.group(1) + "/" + m.group(2) : period;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
