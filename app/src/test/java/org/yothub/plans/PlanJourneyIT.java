package org.yothub.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.yothub.plans.document.DocumentText;
import org.yothub.testing.CaseFixtures;

/**
 * Southampton's YOT manager produces this year's plan from yot-hub's own data: the board, budget,
 * casework figures, narrative and delivery plan go in; the board approves; the published PDF and
 * DOCX carry every section and the key figures.
 */
@MicronautTest(transactional = false)
class PlanJourneyIT {
    static final int YEAR = 2026;
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void managerWritesBoardApprovesAndPublishedDocumentsCarryTheFigures() throws Exception {
        PlanApi manager = new PlanApi(client.toBlocking(), "southampton", "yot.manager");
        PlanApi chair = new PlanApi(client.toBlocking(), "southampton", "board");
        casework();
        String chairName = manager.list("/api/v1/board-members").stream().filter(m -> Boolean.TRUE.equals(m.get("chair")))
                .map(m -> (String) m.get("name")).findFirst().orElseThrow(() -> new AssertionError("the demo board has a chair"));
        manager.post("/api/v1/board-members", Map.of("name", "Sam Police", "role_title", "District Commander",
                "agency", "Hampshire Constabulary", "partner", "police", "statutory", true, "champion", "Reducing reoffending", "position", 1));
        manager.post("/api/v1/board-meetings", Map.of("meeting_date", "2025-06-18", "attendance",
                List.of(Map.of("partner", "local_authority", "senior_attended", true), Map.of("partner", "police", "senior_attended", false))));
        manager.put("/api/v1/budgets/" + (YEAR - 1), Map.of("contributions", List.of(Map.of("agency", "Southampton City Council",
                "delegated_funds", 540000)), "expenditure", List.of(Map.of("heading", "Staffing", "category", "staffing", "amount", 520000))));
        manager.put("/api/v1/budgets/" + YEAR, Map.of("contributions", List.of(
                Map.of("agency", "Southampton City Council", "delegated_funds", 557378),
                Map.of("agency", "Office of the Police and Crime Commissioner", "delegated_funds", 55700),
                Map.of("agency", "Youth Justice Grant", "delegated_funds", 237782),
                Map.of("agency", "Hampshire Constabulary", "in_kind", 62000)),
                "expenditure", List.of(Map.of("heading", "Staffing", "category", "staffing", "amount", 530646),
                        Map.of("heading", "Overheads", "category", "overheads", "amount", 237500))));

        Map<String, Object> plan = manager.createPlan(YEAR);
        String id = (String) plan.get("id");
        assertEquals("draft", plan.get("status"));
        manager.put("/api/v1/plans/" + id + "/sections/introduction", Map.of("body",
                "Our vision: every child in Southampton gets a **good start in life**.\n\n<script>alert('x')</script>"));
        manager.put("/api/v1/plans/" + id + "/sections/child_first", Map.of("body", "We work to **Child First** principles."));
        Map<String, Object> priority = manager.post("/api/v1/plans/" + id + "/priorities",
                Map.of("title", "Prevention of offending", "lead", "YOS leadership team", "position", 1));
        manager.post("/api/v1/plans/" + id + "/actions", Map.of("priority_id", priority.get("id"), "action",
                "Review every community resolution", "owner", "YOS manager", "due_on", "2027-03-31", "rag", "green",
                "success_measure", "All community resolutions reviewed", "position", 1));

        Map<String, Object> submitted = manager.step(id, "submit", plan(manager, id).get("version"));
        assertEquals("submitted", submitted.get("status"));
        chair.step(id, "approve", submitted.get("version"));
        Map<String, Object> signed = manager.step(id, "sign", plan(manager, id).get("version"));
        assertEquals("approved", signed.get("status"));
        Map<String, Object> published = manager.step(id, "publish", signed.get("version"));
        assertEquals("published", published.get("status"));

        byte[] pdf = manager.bytes("/plans/" + id + "/plan.pdf");
        byte[] docx = manager.bytes("/plans/" + id + "/plan.docx");
        Path samples = Path.of("target/plan-samples");
        Files.createDirectories(samples);
        Files.write(samples.resolve("southampton-" + YEAR + ".pdf"), pdf);
        Files.write(samples.resolve("southampton-" + YEAR + ".docx"), docx);
        for (String text : List.of(DocumentText.pdf(pdf), DocumentText.docx(docx))) {
            for (String heading : List.of("Introduction, vision and strategy", "Governance, leadership and partnership arrangements",
                    "Resources and services", "The ten key performance indicators", "Challenges, risks and issues",
                    "Service improvement and delivery plan", "Plan approval and sign-off", "Child First")) {
                assertTrue(text.contains(heading), "missing heading " + heading);
            }
            assertTrue(text.contains("£557,378"), "contribution");
            assertTrue(text.contains("£912,860"), "total contributions");
            assertTrue(text.contains(chairName), "chair named in governance and sign-off");
            assertTrue(text.contains("Sam Police"), "board member added by the manager");
            assertTrue(text.contains("Review every community resolution"), "delivery action");
            assertTrue(text.contains("good start in life"), "narrative");
            assertTrue(text.contains("<script>alert"), "script shown as text, never run");
        }
        assertFalse(manager.html("/plans/" + id + "/preview").contains("<script>"), "no live script in the preview");
    }

    private static Map<String, Object> plan(PlanApi api, String id) {
        return api.get("/api/v1/plans/" + id);
    }

    private static void casework() throws Exception {
        try (CaseFixtures f = CaseFixtures.existingTenant("southampton")) {
            for (int i = 0; i < 6; i++) {
                UUID child = f.child(LocalDate.of(2010, 1 + i, 5));
                f.proven(child, LocalDate.of(2025, 4, 10 + i), LocalDate.of(2025, 5, 10 + i), i % 2 == 0 ? "YC" : "RO");
            }
            UUID custody = f.child(LocalDate.of(2009, 3, 3));
            f.proven(custody, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 1), "DTO");
            f.remand(custody, LocalDate.of(2025, 7, 2), LocalDate.of(2025, 8, 31), "SCH");
        }
    }
}
