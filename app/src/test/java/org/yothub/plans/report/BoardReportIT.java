package org.yothub.plans.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.yothub.plans.PlanApi;
import org.yothub.plans.PlanYears;
import org.yothub.plans.document.DocumentText;
import org.yothub.testing.CaseFixtures;

/** The quarterly board performance report. */
@MicronautTest(transactional = false)
class BoardReportIT {
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void refusesUnauthenticatedAndUnentitledUsers() {
        assertEquals(HttpStatus.UNAUTHORIZED, PlanApi.status(() -> client.toBlocking().exchange(
                HttpRequest.GET("/plans/board-reports/FY2024-25-Q1/report.pdf"))));
        assertEquals(HttpStatus.FORBIDDEN, PlanApi.status(() -> new PlanApi(client.toBlocking(), "southampton", "case.manager")
                .bytes("/plans/board-reports/FY2024-25-Q1/report.pdf")));
    }

    @Test
    void rejectsAPeriodThatIsNotAQuarter() {
        PlanApi board = new PlanApi(client.toBlocking(), "southampton", "board");
        assertTrue(PlanApi.field(() -> board.html("/plans/board-reports/FY2024-25")).contains("period"));
        assertTrue(PlanApi.field(() -> board.html("/plans/board-reports/next-quarter")).contains("period"));
    }

    @Test
    void reportsTheQuarterWithKpisTrackerCaseloadRisksAndActionsDue() throws Exception {
        try (CaseFixtures f = CaseFixtures.existingTenant("portsmouth")) {
            UUID child = f.child(LocalDate.of(2008, 2, 2));
            f.proven(child, LocalDate.of(2024, 4, 20), LocalDate.of(2024, 5, 20), "RO");
        }
        PlanApi manager = new PlanApi(client.toBlocking(), "portsmouth", "yot.manager");
        String plan = (String) manager.createPlan(PlanYears.next()).get("id");
        Object priority = manager.post("/api/v1/plans/" + plan + "/priorities", Map.of("title", "Board priority", "position", 1)).get("id");
        Map<String, Object> action = new java.util.HashMap<>(Map.of("priority_id", priority, "action", "Refresh the resettlement policy",
                "owner", "YOT Manager", "due_on", "2024-08-31", "rag", "red", "success_measure", "Policy signed off", "position", 1));
        manager.post("/api/v1/plans/" + plan + "/actions", action);
        PlanApi board = new PlanApi(client.toBlocking(), "portsmouth", "board");
        String html = board.html("/plans/board-reports/FY2024-25-Q1");
        for (String part : new String[] {"Board performance report, FY2024-25-Q1", "Headline measures", "Caseload",
                "Key performance indicators", "Reoffending live tracker", "Risks escalated to the board", "Refresh the resettlement policy"}) {
            assertTrue(html.contains(part), part);
        }
        String pdf = DocumentText.pdf(board.bytes("/plans/board-reports/FY2024-25-Q1/report.pdf"));
        assertTrue(pdf.contains("Refresh the resettlement policy (overdue)"));
        assertTrue(pdf.contains("1 disposals for 1 children in the quarter") || pdf.contains("disposals for"));
        assertTrue(board.html("/plans/board-reports").contains("FY"));
    }
}
