package org.yothub.plans.document;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yothub.plans.plan.NarrativeText;

/** Narrative text cannot inject markup or script into the plan, its PDF or its DOCX. */
class NarrativeEscapingTest {
    static final String HOSTILE = "Intro <script>alert('x')</script> <img src=x onerror=alert(1)> "
            + "[click](javascript:alert(1)) <a href=\"https://evil.example\" onclick=\"steal()\">link</a>\n\n"
            + "<iframe src=\"https://evil.example\"></iframe><style>body{display:none}</style>\n\n"
            + "</div></section><h1>Fake heading</h1>";

    @Test
    void markdownIsRenderedAndEverythingElseEscaped() {
        String html = NarrativeText.html("# Title\n\n**bold** and *italic*\n\n- one\n- two\n\n" + HOSTILE);
        assertTrue(html.contains("<h3>Title</h3>"), "headings are demoted below the section heading");
        assertTrue(html.contains("<strong>bold</strong>") && html.contains("<em>italic</em>") && html.contains("<li>one</li>"));
        for (String bad : new String[] {"<script", "<img", "onerror=", "javascript:", "<iframe", "<style", "onclick=\"", "</section>", "<h1>"}) {
            assertFalse(html.toLowerCase().contains(bad), "no " + bad);
        }
        assertTrue(html.contains("&lt;script&gt;"), "shown as text");
    }

    @Test
    void hostileNarrativeStaysTextInHtmlPdfAndDocx() throws Exception {
        Map<String, String> narratives = new java.util.LinkedHashMap<>(PlanDocumentFixture.narratives());
        narratives.put("introduction", HOSTILE);
        PlanDocument doc = PlanDocumentFixture.document(PlanDocumentFixture.plan("yjb2021", "draft"), "default", narratives);
        String html = PlanTemplatesTest.RENDERER.html(doc);
        assertFalse(html.contains("<script"), "no script element");
        assertFalse(html.contains("<iframe"), "no iframe");
        assertFalse(html.contains("<h1>Fake heading"), "no injected heading");
        DocxWriter.parse(html);
        String pdf = DocumentText.pdf(PdfWriter.pdf(html));
        assertTrue(pdf.contains("<script>alert('x')</script>"), "script appears as harmless text in the PDF");
        String docx = DocumentText.docx(DocxWriter.docx(html, "t"));
        assertTrue(docx.contains("<script>alert('x')</script>"), "and in the DOCX");
    }

    @Test
    void dataFieldsAreEscapedToo() {
        PlanDocument base = PlanDocumentFixture.southampton("yjb2021", "default");
        var plan = base.plan();
        var hostile = new org.yothub.plans.plan.PlanView(plan.id(), plan.planYear(), plan.revision(), plan.structure(),
                "Plan <script>x()</script>", plan.status(), plan.asOf(), plan.previousPlanId(), plan.createdBy(), plan.createdAt(),
                plan.submittedBy(), plan.submittedAt(), "<b>Chair</b>", plan.chairSignedBy(), plan.chairSignedAt(), plan.managerName(),
                plan.managerSignedBy(), plan.managerSignedAt(), plan.publishedBy(), plan.publishedAt(), plan.version());
        String html = PlanTemplatesTest.RENDERER.html(PlanDocumentFixture.document(hostile, "default", PlanDocumentFixture.narratives()));
        assertFalse(html.contains("<script>x()"));
        assertFalse(html.contains("<b>Chair</b>"));
        assertTrue(html.contains("&lt;b&gt;Chair&lt;/b&gt;"));
    }
}
