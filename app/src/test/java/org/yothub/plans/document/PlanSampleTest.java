package org.yothub.plans.document;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PlanSampleTest {
    @Test
    void writesSamples() throws Exception {
        PlanRenderer r = new PlanRenderer(PlanTemplates.forDirectory(Path.of("../tenants")));
        PlanDocument doc = PlanDocumentFixture.southampton("yjb2024", "southampton");
        String html = r.html(doc);
        Path dir = Path.of("target/plan-samples");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("plan.html"), html);
        for (int i = 0; i < 4; i++) {
            long t = System.nanoTime();
            Files.write(dir.resolve("plan.pdf"), PdfWriter.pdf(html));
            System.out.println("PDF ms " + (System.nanoTime() - t) / 1_000_000);
        }
        long t = System.nanoTime();
        String h2 = r.html(doc);
        System.out.println("HTML ms " + (System.nanoTime() - t) / 1_000_000);
        Files.write(dir.resolve("plan.docx"), DocxWriter.docx(html, "test"));
    }
}
