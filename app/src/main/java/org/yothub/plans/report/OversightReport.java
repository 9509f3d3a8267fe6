package org.yothub.plans.report;

import java.util.List;
import org.yothub.benchmarking.BenchmarkViews;

/**
 * A region or national oversight report from one benchmark release: for each catalogue measure,
 * England and Wales, each region, and every YOT by name with rank and quartile. Values are the
 * release's, already under disclosure control; nothing is computed from casework.
 */
public record OversightReport(int releaseVersion, String lastQuarter, String policy, String period, String region,
                              List<String> regions, List<Block> measures) {

    public record Block(String key, String label, boolean lowerIsBetter, List<BenchmarkViews.Row> national,
                        List<BenchmarkViews.Row> regions, List<Yot> yots) { }

    public record Yot(String region, BenchmarkViews.Row row) { }
}
