package org.yothub.plans.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yothub.plans.report.BoardReportFixture;

/** Every shipped template renders for the default set and each demo tenant, and a tenant's overrides take precedence. */
class PlanTemplatesTest {
    static final Path TENANTS = Path.of("../tenants");
    static final PlanRenderer RENDERER = new PlanRenderer(PlanTemplates.forDirectory(TENANTS));

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"default, yjb2021", "default, yjb2024", "southampton, yjb2021", "southampton, yjb2024", "portsmouth, yjb2021",
            "portsmouth, yjb2024", "leicestershire, yjb2021", "leicestershire, yjb2024"})
    void planRendersAsWellFormedXhtmlWithEverySection(String tenant, String structure) {
        String html = RENDERER.html(PlanDocumentFixture.southampton(structure, tenant));
        DocxWriter.parse(html);
        List<String[]> outline = RENDERER.templates().outline(tenant, structure);
        assertEquals(structure.equals("yjb2021") ? 7 : 17, outline.size());
        for (String[] s : outline) {
            assertTrue(html.contains("id=\"s-" + s[0] + "\""), "section " + s[0]);
            assertTrue(html.contains(s[1].replace("'", "&#39;")), "heading " + s[1]);
        }
    }

    @ParameterizedTest
    @CsvSource({"default", "southampton", "portsmouth", "leicestershire"})
    void boardReportRendersForEveryTenant(String tenant) {
        String html = RENDERER.render(tenant, "board-report.ftl", Map.of("report", BoardReportFixture.report(tenant)));
        DocxWriter.parse(html);
        assertTrue(html.contains("Board performance report, FY2020-21-Q4"));
        assertTrue(html.contains("Risks escalated to the board"));
    }

    @Test
    void oversightReportRenders() {
        String html = RENDERER.render(PlanTemplates.DEFAULT, "oversight-report.ftl", Map.of("report", BoardReportFixture.oversight()));
        DocxWriter.parse(html);
        assertTrue(html.contains("Southampton Youth Offending Service"));
        assertTrue(html.contains("[c]"));
    }

    @Test
    void tenantOverridesWordingOrderAndBrandingWithoutCode(@TempDir Path dir) throws Exception {
        Path templates = Files.createDirectories(dir.resolve("testyot/templates"));
        Files.createDirectories(templates.resolve("sections"));
        Files.writeString(templates.resolve("branding.ftl"), "<#assign brand = {\"organisation\": \"Test Borough Council\", "
                + "\"strapline\": \"Safer together\", \"primary\": \"#5a2d82\", \"accent\": \"#00703c\", \"light\": \"#f3f2f1\", "
                + "\"font\": \"Liberation Sans\"}>");
        Files.writeString(templates.resolve("structure-yjb2021.ftl"), "<#assign sections = [{\"key\": \"performance\", "
                + "\"title\": \"How we performed\"}, {\"key\": \"introduction\", \"title\": \"Foreword\"}, {\"key\": \"sign_off\", "
                + "\"title\": \"Sign-off\"}]>");
        Files.writeString(templates.resolve("sections/introduction.ftl"), "<p>Our own foreword.</p><@m.narrative \"introduction\"/>");
        PlanRenderer renderer = new PlanRenderer(PlanTemplates.forDirectory(dir));
        String html = renderer.html(PlanDocumentFixture.southampton("yjb2021", "testyot"));
        assertTrue(html.contains("Test Borough Council"));
        assertTrue(html.contains("#5a2d82"));
        assertTrue(html.contains("Our own foreword."));
        assertTrue(html.indexOf("1. How we performed") < html.indexOf("2. Foreword"));
        assertFalse(html.contains("Governance, leadership and partnership arrangements"));
        assertEquals(List.of("branding.ftl", "sections/introduction.ftl", "structure-yjb2021.ftl"),
                renderer.templates().overrides("testyot"));
        String other = renderer.html(PlanDocumentFixture.southampton("yjb2021", "otheryot"));
        assertFalse(other.contains("Test Borough Council"), "another tenant keeps the default templates");
    }

    @Test
    void southamptonShipsItsOwnBranding() {
        assertTrue(RENDERER.templates().overrides("southampton").contains("branding.ftl"));
        assertTrue(RENDERER.html(PlanDocumentFixture.southampton("yjb2021", "southampton")).contains("Child Friendly Southampton"));
    }
}
