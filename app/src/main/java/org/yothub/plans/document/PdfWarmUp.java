package org.yothub.plans.document;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders a small document with a chart once, in the background, when the service starts: the
 * first PDF in a JVM pays 8-10 s of class loading and font parsing, which would otherwise fall on
 * the first user to download a plan. Off with {@code app.plans.pdf-warm-up: false} (tests).
 */
@Singleton
@Requires(property = "app.plans.pdf-warm-up", notEquals = "false")
class PdfWarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(PdfWarmUp.class);

    @EventListener
    void onStartup(StartupEvent event) {
        Thread t = new Thread(PdfWarmUp::render, "pdf-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    static void render() {
        long start = System.nanoTime();
        String svg = PlanCharts.svg("warm-up", "Warm-up", "%", List.of(new PlanDocument.Point("FY2024-25-Q1", 1.0),
                new PlanDocument.Point("FY2024-25-Q2", 2.0)));
        String html = "<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><title>Warm-up</title>"
                + "<style>body { font-family: 'Liberation Sans'; }</style></head><body><h1>Warm-up</h1><p><strong>Bold</strong> "
                + "<em>italic</em></p><figure>" + svg + "</figure></body></html>";
        try {
            PdfWriter.pdf(html);
            DocxWriter.docx(html, "Warm-up");
            LOG.info("Document renderers ready in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.warn("Document renderer warm-up failed: {}", e.toString());
        }
    }
}
