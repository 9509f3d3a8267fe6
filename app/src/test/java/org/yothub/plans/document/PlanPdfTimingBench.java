package org.yothub.plans.document;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Times the plan PDF for one tenant once the JVM is warm (the target is under 2 seconds; the
 * figures in docs/benchmarks.md come from this benchmark's output). Run on demand with
 * {@code -Dtest=PlanPdfTimingBench}; it prints five sorted runs and their median.
 */
class PlanPdfTimingBench {
    static final int RUNS = 5;

    @Test
    void timesThePlanPdfForOneTenant() {
        PlanDocument doc = PlanDocumentFixture.southampton("yjb2024", "southampton");
        for (int i = 0; i < 2; i++) {
            PdfWriter.pdf(PlanTemplatesTest.RENDERER.html(doc));
        }
        long[] ms = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            PdfWriter.pdf(PlanTemplatesTest.RENDERER.html(doc));
            ms[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(ms);
        System.out.println("Plan PDF (HTML + PDF, 17 sections, 4 charts), ms per run, sorted: " + Arrays.toString(ms)
                + "; median " + ms[RUNS / 2]);
    }
}
