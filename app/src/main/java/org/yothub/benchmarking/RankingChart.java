package org.yothub.benchmarking;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * A measure across YOTs as a ranked bar chart (SVG), bars coloured by quartile (1 best) and the
 * viewer's own YOT highlighted; accessible title and description as in the measures' charts.
 */
final class RankingChart {
    private static final Color[] QUARTILE = {new Color(0x00703c), new Color(0x85994b), new Color(0xf47738), new Color(0xd4351c)};

    private RankingChart() {
    }

    static String svg(String id, String title, List<BenchmarkViews.Row> rows) {
        List<BenchmarkViews.Row> ranked = rows.stream().filter(r -> r.geography().equals("tenant") && r.rank() != null)
                .sorted(java.util.Comparator.comparing(BenchmarkViews.Row::rank)).toList();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (BenchmarkViews.Row r : ranked) {
            data.addValue(Double.parseDouble(r.value()), "value", r.label());
        }
        JFreeChart chart = ChartFactory.createBarChart(null, null, null, data, PlotOrientation.HORIZONTAL, false, false, false);
        chart.setBackgroundPaint(Color.WHITE);
        CategoryPlot plot = chart.getCategoryPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.getDomainAxis().setTickLabelFont(new Font("SansSerif", Font.PLAIN, 11));
        plot.setRenderer(new BarRenderer() {
            @Override
            public java.awt.Paint getItemPaint(int row, int column) {
                BenchmarkViews.Row r = ranked.get(column);
                return r.own() ? new Color(0x1d70b8) : QUARTILE[Math.max(0, Math.min(3, r.quartile() - 1))];
            }
        });
        ((BarRenderer) plot.getRenderer()).setShadowVisible(false);
        ((BarRenderer) plot.getRenderer()).setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        int height = Math.max(160, 40 + 22 * ranked.size());
        SVGGraphics2D g = new SVGGraphics2D(640, height);
        g.setDefsKeyPrefix(id);
        chart.draw(g, new Rectangle(0, 0, 640, height));
        String svg = g.getSVGElement(id);
        StringBuilder desc = new StringBuilder(title).append(", ranked best first: ");
        for (BenchmarkViews.Row r : ranked) {
            desc.append(r.rank()).append(". ").append(r.label()).append(' ').append(r.value()).append(" (quartile ")
                    .append(r.quartile()).append("); ");
        }
        int close = svg.indexOf('>');
        return svg.substring(0, close) + " role=\"img\" aria-labelledby=\"" + id + "-title " + id + "-desc\">"
                + "<title id=\"" + id + "-title\">" + esc(title) + "</title><desc id=\"" + id + "-desc\">" + esc(desc.toString())
                + "</desc>" + svg.substring(close + 1);
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
