package org.yothub.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yothub.platform.tenancy.TenantSettings;

class RagTest {
    private static final TenantSettings.RagBounds CUSTODY = new TenantSettings.RagBounds(0.10, 0.15);

    @Test
    void judgesLowerIsBetterMeasuresAgainstSouthamptonsCustodyBands() {
        assertEquals(Rag.GREEN, Rag.of(0.09, CUSTODY, true));
        assertEquals(Rag.AMBER, Rag.of(0.10, CUSTODY, true));
        assertEquals(Rag.AMBER, Rag.of(0.15, CUSTODY, true));
        assertEquals(Rag.RED, Rag.of(0.16, CUSTODY, true));
        assertEquals(Rag.NONE, Rag.of(null, CUSTODY, true));
    }

    @Test
    void mirrorsForHigherIsBetterMeasures() {
        TenantSettings.RagBounds ete = new TenantSettings.RagBounds(80, 60);
        assertEquals(Rag.GREEN, Rag.of(85.0, ete, false));
        assertEquals(Rag.AMBER, Rag.of(70.0, ete, false));
        assertEquals(Rag.RED, Rag.of(50.0, ete, false));
    }

    @Test
    void drawsAnAccessibleStableTrendChart() {
        List<TrendChart.Point> points = List.of(new TrendChart.Point("FY2023-24-Q1", 1.5), new TrendChart.Point("FY2023-24-Q2", null));
        String a = TrendChart.svg("trend-x", "Custody <rate>", "per 1,000", points, 300, 150);
        String b = TrendChart.svg("trend-x", "Custody <rate>", "per 1,000", points, 300, 150);
        assertEquals(a, b, "same data, same SVG");
        assertTrue(a.contains("role=\"img\"") && a.contains("<title id=\"trend-x-title\">Custody &lt;rate&gt;</title>"));
        assertTrue(a.contains("FY2023-24-Q1 1.50; FY2023-24-Q2 no data"));
    }
}
