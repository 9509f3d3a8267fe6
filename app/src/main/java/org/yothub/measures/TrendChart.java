package org.yothub.measures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws a measure's trend as an SVG line chart (JFreeChart on JFreeSVG). The SVG is accessible:
 * {@code role="img"} with a title and a description naming every point; pages also show the data
 * as a table. Element ids are derived from {@code id}, so the same data gives the same SVG.
 */
public final class TrendChart {
    private TrendChart() {
    }

    public record Point(String label, Double value) { }

    public static String svg(String id, String title, String unit, List<Point> points, int width, int height) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Point p : points) {
            data.addValue(p.value(), title, p.label());
        }
        JFreeChart chart = ChartFactory.createLineChart(null, null, unit, data, PlotOrientation.VERTICAL, false, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xb1b4b6));
        plot.setOutlineVisible(false);
        Font font = new Font("SansSerif", Font.PLAIN, 11);
        plot.getDomainAxis().setTickLabelFont(font);
        plot.getRangeAxis().setTickLabelFont(font);
        plot.getRangeAxis().setLabelFont(font);
        LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
        renderer.setSeriesPaint(0, new Color(0x1d70b8));
        renderer.setSeriesStroke(0, new BasicStroke(2.5f));
        renderer.setDefaultShapesVisible(true);
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setDefsKeyPrefix(id);
        chart.draw(g, new Rectangle(0, 0, width, height));
        String svg = g.getSVGElement(id);
        StringBuilder desc = new StringBuilder(title).append(" by period: ");
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            desc.append(i == 0 ? "" : "; ").append(p.label()).append(' ')
                    .append(p.value() == null ? "no data" : String.format(java.util.Locale.UK, "%.2f", p.value()));
        }
        String a11y = "<title id=\"" + id + "-title\">" + escape(title) + "</title><desc id=\"" + id + "-desc\">"
                + escape(desc.toString()) + "</desc>";
        int close = svg.indexOf('>');
        return svg.substring(0, close) + " role=\"img\" aria-labelledby=\"" + id + "-title " + id + "-desc\""
                + svg.substring(close, close + 1) + a11y + svg.substring(close + 1);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
