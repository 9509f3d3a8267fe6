package org.yothub.plans.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The plan for a fixed dataset (seed 001 figures, fixed as-of date) renders to the same HTML as
 * the snapshot in {@code src/test/resources/golden/} (charts are SVG with stable ids); its PDF and
 * DOCX carry every section heading and the key figures. Regenerate the snapshots after an
 * intended change with {@code -Dgolden.update=true}.
 */
class PlanGoldenTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden");
    static final List<String> FIGURES = List.of("£557,378", "£855,860", "£875,746", "£19,886", "£123,540", "£91,440", "21.48%",
            "135 children", "46.5%", "Morgan Chair", "Review all community resolutions", "306");

    static PlanDocument fixture(String structure) {
        return PlanDocumentFixture.southampton(structure, "default");
    }

    @ParameterizedTest
    @ValueSource(strings = {"yjb2021", "yjb2024"})
    void htmlMatchesTheSnapshot(String structure) throws Exception {
        String html = PlanTemplatesTest.RENDERER.html(fixture(structure));
        assertEquals(html, PlanTemplatesTest.RENDERER.html(fixture(structure)), "rendering is deterministic");
        Path file = GOLDEN.resolve("plan-southampton-" + structure + ".html");
        if (Boolean.getBoolean("golden.update") || !Files.exists(file)) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, html, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), html);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yjb2021", "yjb2024"})
    void pdfCarriesEverySectionAndKeyFigureWithEmbeddedFontsAndTags(String structure) throws Exception {
        String html = PlanTemplatesTest.RENDERER.html(fixture(structure));
        byte[] pdf = PdfWriter.pdf(html);
        String text = DocumentText.pdf(pdf);
        for (String[] s : PlanTemplatesTest.RENDERER.templates().outline("default", structure)) {
            assertTrue(text.contains(s[1]), "heading " + s[1]);
        }
        FIGURES.forEach(f -> assertTrue(text.contains(f), "figure " + f));
        assertTrue(text.contains("Page 3 of"), "page numbers");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked(), "tagged PDF");
            assertEquals("en", doc.getDocumentCatalog().getLanguage());
            assertTrue(doc.getDocumentCatalog().getStructureTreeRoot() != null);
            assertTrue(doc.getDocumentInformation().getTitle().contains("Youth Justice Plan 2021-22"));
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), "font embedded: " + font.getName());
                }
            }
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDStructureElement> elements = new java.util.ArrayList<>();
            collect(doc.getDocumentCatalog().getStructureTreeRoot().getKids(), elements);
            assertTrue(elements.stream().anyMatch(e -> "H2".equals(e.getStructureType())), "section headings tagged H2");
            assertTrue(elements.stream().anyMatch(e -> "Table".equals(e.getStructureType())), "tables tagged");
            List<PDStructureElement> figures = elements.stream().filter(e -> "Figure".equals(e.getStructureType())).toList();
            assertTrue(!figures.isEmpty() && figures.stream().allMatch(f -> f.getAlternateDescription() != null
                    && !f.getAlternateDescription().isBlank()), "every figure has alternative text");
        }
    }

    static void collect(List<Object> kids, List<PDStructureElement> out) {
        for (Object k : kids) {
            if (k instanceof PDStructureElement e) {
                out.add(e);
                collect(e.getKids(), out);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"yjb2021", "yjb2024"})
    void docxCarriesEverySectionAsHeadingsKeyFiguresAndChartsWithAltText(String structure) throws Exception {
        String html = PlanTemplatesTest.RENDERER.html(fixture(structure));
        byte[] docx = DocxWriter.docx(html, "Youth Justice Plan 2021-22");
        String text = DocumentText.docx(docx);
        FIGURES.forEach(f -> assertTrue(text.contains(f), "figure " + f));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> headings = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            for (String[] s : PlanTemplatesTest.RENDERER.templates().outline("default", structure)) {
                assertTrue(headings.stream().anyMatch(h -> h.endsWith(s[1])), "heading " + s[1] + " in " + headings);
            }
            assertEquals(4, doc.getAllPictures().size(), "one picture per trend chart");
            assertTrue(doc.getTables().size() >= 8, "tables stay tables");
            String xml = doc.getDocument().xmlText();
            assertTrue(xml.contains("descr=\"Figure 1: First time entrants"), "charts carry alternative text");
        }
    }
}
