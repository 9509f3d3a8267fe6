package org.yothub.plans.report;

import java.time.LocalDate;
import java.util.List;
import org.yothub.benchmarking.BenchmarkViews;
import org.yothub.plans.document.PlanDocument;
import org.yothub.plans.document.PlanDocumentFixture;

/** Fixed board and oversight reports for template tests. */
public final class BoardReportFixture {
    private BoardReportFixture() {
    }

    public static BoardReport report(String templateSet) {
        PlanDocument d = PlanDocumentFixture.southampton("yjb2024", templateSet);
        return new BoardReport(templateSet, d.tenantName(), "FY2020-21-Q4", "FY2020-21-Q3", LocalDate.of(2021, 1, 1),
                LocalDate.of(2021, 3, 31), PlanDocumentFixture.AS_OF, d.measures(), d.kpis(), d.kpis(), List.of(d.liveTracker()),
                new BoardReport.Caseload(37, 52, 14, 11), true, d.risks(), List.of(new BoardReport.DueAction("Youth Justice Plan 2021-22",
                "Prevention of offending", "Review all community resolutions", "YOS leadership team", LocalDate.of(2021, 6, 30), "amber",
                false)), d.disposals().get(1), d.remand());
    }

    public static OversightReport oversight() {
        BenchmarkViews.Row national = new BenchmarkViews.Row("national", "England and Wales", false, "all", "11530", null, "211.0",
                null, null, null, null, null);
        BenchmarkViews.Row region = new BenchmarkViews.Row("region", "Region: South East", false, "all", "1540", null, "240.1", null,
                null, null, null, null);
        BenchmarkViews.Row soton = new BenchmarkViews.Row("tenant", "Southampton Youth Offending Service", false, "all", "60", "19591",
                "306.3", null, 3, 3, 4, "red");
        BenchmarkViews.Row small = new BenchmarkViews.Row("tenant", "Rutland Youth Offending Team", false, "all", "[c]", "3210",
                "[low]", null, null, 3, null, null);
        return new OversightReport(4, "FY2020-21-Q4", "BENCH-SDC v1", "FY2020-21", null, List.of("East Midlands", "South East"),
                List.of(new OversightReport.Block("first_time_entrants", "First time entrants per 100,000 aged 10-17", true,
                        List.of(national), List.of(region), List.of(new OversightReport.Yot("South East", soton),
                        new OversightReport.Yot("East Midlands", small)))));
    }
}
