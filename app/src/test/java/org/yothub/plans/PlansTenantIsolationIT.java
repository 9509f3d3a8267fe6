package org.yothub.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Portsmouth's staff never see or change Southampton's plans, narratives, delivery plan, board or budget. */
@MicronautTest(transactional = false)
class PlansTenantIsolationIT {
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void listsNeverContainAnotherTenantsRowsAndIdsAreNotFound() {
        PlanApi southampton = new PlanApi(client.toBlocking(), "southampton", "yot.manager");
        PlanApi portsmouth = new PlanApi(client.toBlocking(), "portsmouth", "yot.manager");
        int year = PlanYears.next();
        String plan = (String) southampton.createPlan(year).get("id");
        southampton.put("/api/v1/plans/" + plan + "/sections/introduction", Map.of("body", "Southampton only"));
        String member = "Isolated " + UUID.randomUUID();
        southampton.post("/api/v1/board-members", BoardMemberApiIT.member(member, "police", false));
        southampton.put("/api/v1/budgets/" + year, Map.of("contributions", List.of(Map.of("agency", "Southampton only agency",
                "staffing", 1)), "expenditure", List.of()));

        assertFalse(portsmouth.list("/api/v1/plans").stream().anyMatch(p -> p.get("id").equals(plan)));
        assertFalse(portsmouth.list("/api/v1/board-members").stream().anyMatch(m -> member.equals(m.get("name"))));
        assertTrue(((List<?>) portsmouth.get("/api/v1/budgets/" + year).get("contributions")).isEmpty());
        for (String uri : List.of("/api/v1/plans/" + plan, "/api/v1/plans/" + plan + "/sections",
                "/api/v1/plans/" + plan + "/sections/introduction/history")) {
            assertEquals(HttpStatus.NOT_FOUND, PlanControllerIT.status(() -> portsmouth.get(uri)), uri);
        }
        for (String page : List.of("/plans/" + plan, "/plans/" + plan + "/preview",
                "/plans/" + plan + "/sections/introduction", "/plans/" + plan + "/delivery")) {
            assertEquals(HttpStatus.NOT_FOUND, PlanControllerIT.status(() -> portsmouth.html(page)), page);
        }
        assertEquals(HttpStatus.NOT_FOUND, PlanControllerIT.status(() -> portsmouth.bytes("/plans/" + plan + "/plan.docx")));
        assertEquals(HttpStatus.NOT_FOUND, PlanControllerIT.status(() -> portsmouth.post("/api/v1/plans/" + plan + "/revisions", Map.of())));
        assertEquals("Southampton only", southampton.list("/api/v1/plans/" + plan + "/sections").get(0).get("body"));
        portsmouth.createPlan(year);
        assertEquals(1, southampton.list("/api/v1/plans").stream().filter(p -> ((Number) p.get("plan_year")).intValue() == year).count(),
                "the same year in another tenant is another plan");
    }
}
