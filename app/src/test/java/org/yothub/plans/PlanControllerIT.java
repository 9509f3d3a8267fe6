package org.yothub.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The plans API: authentication, validation, roles, narratives with revisions and the workflow. */
@MicronautTest(transactional = false)
class PlanControllerIT {
    @Inject
    @Client("/")
    HttpClient client;

    PlanApi as(String tenant, String user) {
        return new PlanApi(client.toBlocking(), tenant, user);
    }

    static HttpStatus status(Runnable call) {
        return PlanApi.status(call);
    }

    static String field(Runnable call) {
        return PlanApi.field(call);
    }

    @ParameterizedTest
    @CsvSource({"GET, /api/v1/plans", "POST, /api/v1/plans", "GET, /api/v1/plans/00000000-0000-0000-0000-000000000001",
            "PUT, /api/v1/plans/00000000-0000-0000-0000-000000000001/sections/introduction",
            "POST, /api/v1/plans/00000000-0000-0000-0000-000000000001/submit", "GET, /api/v1/board-members",
            "GET, /api/v1/budgets/2025", "POST, /api/v1/plans/00000000-0000-0000-0000-000000000001/priorities"})
    void refusesUnauthenticatedCalls(String method, String uri) {
        HttpRequest<?> request = HttpRequest.create(io.micronaut.http.HttpMethod.valueOf(method), uri).body(Map.of());
        assertEquals(HttpStatus.UNAUTHORIZED, status(() -> client.toBlocking().exchange(request)));
    }

    @Test
    void createsListsAndReadsAPlan() {
        PlanApi manager = as("southampton", "team.manager");
        int year = PlanYears.next();
        Map<String, Object> plan = manager.post("/api/v1/plans", Map.of("plan_year", year, "structure", "yjb2021"));
        assertEquals("draft", plan.get("status"));
        assertEquals("Youth Justice Plan " + year + "-" + String.format("%02d", (year + 1) % 100), plan.get("title"));
        assertTrue(manager.list("/api/v1/plans").stream().anyMatch(p -> p.get("id").equals(plan.get("id"))));
        assertEquals(year, manager.get("/api/v1/plans/" + plan.get("id")).get("plan_year"));
    }

    @Test
    void rejectsBadPlansNamingTheField() {
        PlanApi manager = as("southampton", "yot.manager");
        assertTrue(field(() -> manager.post("/api/v1/plans", Map.of("plan_year", 1999))).contains("plan_year"));
        assertTrue(field(() -> manager.post("/api/v1/plans", Map.of("plan_year", 2041, "structure", "yjb1999"))).contains("structure"));
        int year = PlanYears.next();
        manager.createPlan(year);
        assertTrue(field(() -> manager.createPlan(year)).contains("one_plan_per_year"));
    }

    @Test
    void foreignTenantsPlanIsNotFound() {
        String id = (String) as("southampton", "yot.manager").createPlan(PlanYears.next()).get("id");
        PlanApi other = as("portsmouth", "yot.manager");
        assertEquals(HttpStatus.NOT_FOUND, status(() -> other.get("/api/v1/plans/" + id)));
        assertEquals(HttpStatus.NOT_FOUND, status(() -> other.put("/api/v1/plans/" + id + "/sections/introduction", Map.of("body", "x"))));
        assertEquals(HttpStatus.NOT_FOUND, status(() -> other.step(id, "submit", 0)));
        assertEquals(HttpStatus.NOT_FOUND, status(() -> other.bytes("/plans/" + id + "/plan.pdf")));
    }

    @Test
    void rolesDecideWhoMayDoWhat() {
        String id = (String) as("southampton", "yot.manager").createPlan(PlanYears.next()).get("id");
        assertEquals(HttpStatus.FORBIDDEN, status(() -> as("southampton", "case.manager").list("/api/v1/plans")));
        assertEquals(HttpStatus.FORBIDDEN, status(() -> as("southampton", "board").createPlan(PlanYears.next())));
        PlanApi performance = as("southampton", "performance");
        assertEquals(1, performance.put("/api/v1/plans/" + id + "/sections/performance", Map.of("body", "Custody fell.")).get("revision"));
        assertEquals(HttpStatus.FORBIDDEN, status(() -> performance.put("/api/v1/plans/" + id + "/sections/introduction",
                Map.of("body", "Not mine to write"))));
        assertEquals(HttpStatus.FORBIDDEN, status(() -> as("southampton", "team.manager").step(id, "sign", 0)));
        assertEquals(HttpStatus.FORBIDDEN, status(() -> as(null, "oversight").list("/api/v1/plans")));
    }

    @Test
    void narrativesKeepEveryRevisionWithItsAuthorAndRefuseStaleEdits() {
        PlanApi manager = as("southampton", "yot.manager");
        String id = (String) manager.createPlan(PlanYears.next()).get("id");
        String uri = "/api/v1/plans/" + id + "/sections/governance";
        assertEquals(1, manager.put(uri, Map.of("body", "First text", "base_revision", 0)).get("revision"));
        assertEquals(2, as("southampton", "team.manager").put(uri, Map.of("body", "Second text", "base_revision", 1)).get("revision"));
        assertEquals(HttpStatus.CONFLICT, status(() -> manager.put(uri, Map.of("body", "Stale", "base_revision", 1))));
        List<Map<String, Object>> history = manager.list(uri + "/history");
        assertEquals(List.of(2, 1), history.stream().map(h -> h.get("revision")).toList());
        assertEquals(List.of("Terry Example", "Yasmin Example"), history.stream().map(h -> h.get("changed_name")).toList());
        assertEquals(HttpStatus.NOT_FOUND, status(() -> manager.put("/api/v1/plans/" + id + "/sections/no_such_section", Map.of("body", "x"))));
        assertTrue(field(() -> manager.put(uri, Map.of("base_revision", 2))).contains("body"));
    }

    @Test
    void publishedPlanIsFrozenAndChangesGoIntoANewRevision() {
        PlanApi manager = as("leicestershire", "yot.manager");
        PlanApi chair = as("leicestershire", "board");
        int year = PlanYears.next();
        String id = (String) manager.createPlan(year).get("id");
        manager.put("/api/v1/plans/" + id + "/sections/introduction", Map.of("body", "Published words"));
        Map<String, Object> plan = manager.step(id, "submit", manager.get("/api/v1/plans/" + id).get("version"));
        assertEquals(HttpStatus.CONFLICT, status(() -> chair.step(id, "approve", ((Number) plan.get("version")).longValue() - 1)));
        assertTrue(field(() -> manager.put("/api/v1/plans/" + id + "/sections/introduction", Map.of("body", "Sneaky"))).contains("wrong_status"));
        chair.step(id, "approve", plan.get("version"));
        Map<String, Object> approved = manager.step(id, "sign", manager.get("/api/v1/plans/" + id).get("version"));
        assertEquals("approved", approved.get("status"));
        byte[] frozen = manager.bytes("/plans/" + id + "/plan.pdf");
        manager.step(id, "publish", approved.get("version"));
        assertTrue(field(() -> manager.put("/api/v1/plans/" + id + "/sections/introduction", Map.of("body", "Changed"))).contains("wrong_status"));
        Map<String, Object> revision = manager.post("/api/v1/plans/" + id + "/revisions", Map.of());
        assertEquals(2, revision.get("revision"));
        assertEquals("draft", revision.get("status"));
        String copy = (String) revision.get("id");
        assertEquals("Published words", manager.list("/api/v1/plans/" + copy + "/sections").get(0).get("body"));
        manager.put("/api/v1/plans/" + copy + "/sections/introduction", Map.of("body", "Revised words"));
        byte[] published = manager.bytes("/plans/" + id + "/plan.pdf");
        assertTrue(frozen.length > 0 && published.length > 0);
        assertEquals(published.length, manager.bytes("/plans/" + id + "/plan.pdf").length, "the published PDF is stored, not re-rendered");
        assertEquals("published", manager.get("/api/v1/plans/" + id).get("status"));
    }
}
