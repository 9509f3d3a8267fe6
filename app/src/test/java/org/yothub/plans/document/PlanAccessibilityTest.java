package org.yothub.plans.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.yothub.plans.report.BoardReportFixture;

/**
 * The document HTML is accessible by construction: language and title set, one h1, headings
 * never skip a level, every table has a caption and scoped header cells, every chart is an image
 * with a title and description (and alternative text for the PDF).
 */
class PlanAccessibilityTest {

    @ParameterizedTest
    @ValueSource(strings = {"plan-yjb2021", "plan-yjb2024", "board-report", "oversight-report"})
    void documentMarkupIsAccessible(String which) {
        String html = switch (which) {
            case "board-report" -> PlanTemplatesTest.RENDERER.render("default", "board-report.ftl",
                    Map.of("report", BoardReportFixture.report("default")));
            case "oversight-report" -> PlanTemplatesTest.RENDERER.render("default", "oversight-report.ftl",
                    Map.of("report", BoardReportFixture.oversight()));
            default -> PlanTemplatesTest.RENDERER.html(PlanDocumentFixture.southampton(which.substring(5), "default"));
        };
        Document dom = DocxWriter.parse(html);
        Element root = dom.getDocumentElement();
        assertEquals("en", root.getAttribute("lang"));
        assertFalse(dom.getElementsByTagName("title").item(0).getTextContent().isBlank());
        assertEquals(1, dom.getElementsByTagName("h1").getLength(), "one h1");
        int previous = 1;
        NodeList all = dom.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            String tag = ((Element) all.item(i)).getTagName();
            if (tag.matches("h[1-6]")) {
                int level = tag.charAt(1) - '0';
                assertTrue(level <= previous + 1, "heading " + tag + " after h" + previous + ": " + all.item(i).getTextContent());
                previous = level;
            }
        }
        NodeList tables = dom.getElementsByTagName("table");
        for (int i = 0; i < tables.getLength(); i++) {
            Element t = (Element) tables.item(i);
            boolean layout = t.getAttribute("class").contains("keyfacts");
            assertTrue(layout || t.getElementsByTagName("caption").getLength() == 1, "table " + i + " has a caption");
        }
        NodeList th = dom.getElementsByTagName("th");
        for (int i = 0; i < th.getLength(); i++) {
            assertFalse(((Element) th.item(i)).getAttribute("scope").isBlank(), "th has scope: " + th.item(i).getTextContent());
        }
        NodeList svgs = dom.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
        for (int i = 0; i < svgs.getLength(); i++) {
            Element svg = (Element) svgs.item(i);
            assertEquals("img", svg.getAttribute("role"));
            assertTrue(svg.getAttribute("aria-labelledby").contains("-desc"));
            assertTrue(svg.getAttribute("alt").startsWith("Line chart of "));
        }
    }
}
