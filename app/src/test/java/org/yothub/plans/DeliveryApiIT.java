package org.yothub.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The delivery plan API: priorities, actions with owner, due date, RAG, success measure and linked risks. */
@MicronautTest(transactional = false)
class DeliveryApiIT {
    @Inject
    @Client("/")
    HttpClient client;

    static Map<String, Object> action(Object priority, String text) {
        Map<String, Object> a = new HashMap<>();
        a.put("priority_id", priority);
        a.put("action", text);
        a.put("owner", "YOS manager");
        a.put("due_on", "2041-03-31");
        a.put("rag", "amber");
        a.put("success_measure", "Fewer first time entrants");
        a.put("position", 1);
        return a;
    }

    @Test
    void refusesUnauthenticatedChanges() {
        assertEquals(HttpStatus.UNAUTHORIZED, PlanControllerIT.status(() -> client.toBlocking().exchange(
                HttpRequest.POST("/api/v1/plans/00000000-0000-0000-0000-000000000001/actions", Map.of()))));
    }

    @Test
    void buildsUpdatesAndRemovesTheDeliveryPlanWithLinkedRisks() {
        PlanApi manager = new PlanApi(client.toBlocking(), "southampton", "yot.manager");
        String plan = (String) manager.createPlan(PlanYears.next()).get("id");
        String base = "/api/v1/plans/" + plan;
        Map<String, Object> priority = manager.post(base + "/priorities", Map.of("title", "Reduce first time entrants",
                "outcome", "Within the national average by 2044", "position", 1));
        String risk = (String) manager.list("/api/v1/risks").get(0).get("id");
        Map<String, Object> form = action(priority.get("id"), "Launch a diversion scheme with the police");
        form.put("risk_ids", List.of(risk));
        Map<String, Object> action = manager.post(base + "/actions", form);
        assertEquals("amber", action.get("rag"));
        assertEquals(risk, ((List<Map<String, Object>>) action.get("risks")).get(0).get("id"));
        form.put("rag", "green");
        form.put("progress", "Scheme agreed");
        form.put("version", action.get("version"));
        assertEquals("green", manager.put(base + "/actions/" + action.get("id"), form).get("rag"));
        assertEquals(HttpStatus.CONFLICT, PlanControllerIT.status(() -> manager.put(base + "/actions/" + action.get("id"), form)));
        List<Map<String, Object>> priorities = manager.list(base + "/priorities");
        assertEquals("Scheme agreed", ((List<Map<String, Object>>) priorities.get(0).get("actions")).get(0).get("progress"));
        client.toBlocking().exchange(manager.auth(HttpRequest.DELETE(base + "/actions/" + action.get("id"))));
        assertTrue(((List<?>) manager.list(base + "/priorities").get(0).get("actions")).isEmpty());
    }

    @Test
    void rejectsIncompleteActionsNamingTheField() {
        PlanApi manager = new PlanApi(client.toBlocking(), "southampton", "team.manager");
        String base = "/api/v1/plans/" + manager.createPlan(PlanYears.next()).get("id");
        Object priority = manager.post(base + "/priorities", Map.of("title", "Priority", "position", 1)).get("id");
        Map<String, Object> noOwner = action(priority, "Something");
        noOwner.put("owner", "");
        assertTrue(PlanControllerIT.field(() -> manager.post(base + "/actions", noOwner)).contains("owner"));
        Map<String, Object> badRag = action(priority, "Something");
        badRag.put("rag", "purple");
        assertTrue(PlanControllerIT.field(() -> manager.post(base + "/actions", badRag)).contains("rag"));
        Map<String, Object> unknownRisk = action(priority, "Something");
        unknownRisk.put("risk_ids", List.of("00000000-0000-0000-0000-00000000beef"));
        assertTrue(PlanControllerIT.field(() -> manager.post(base + "/actions", unknownRisk)).contains("risk_ids"));
        assertTrue(PlanControllerIT.field(() -> manager.post(base + "/priorities", Map.of("title", ""))).contains("title"));
    }

    @Test
    void anotherTenantsPlanOrPriorityIsNotFound() {
        PlanApi manager = new PlanApi(client.toBlocking(), "southampton", "yot.manager");
        String base = "/api/v1/plans/" + manager.createPlan(PlanYears.next()).get("id");
        Object priority = manager.post(base + "/priorities", Map.of("title", "Ours", "position", 1)).get("id");
        PlanApi other = new PlanApi(client.toBlocking(), "portsmouth", "yot.manager");
        assertEquals(HttpStatus.NOT_FOUND, PlanControllerIT.status(() -> other.post(base + "/actions", action(priority, "Theirs"))));
        assertEquals(HttpStatus.NOT_FOUND, PlanControllerIT.status(() -> other.list(base + "/priorities")));
        String theirs = "/api/v1/plans/" + other.createPlan(PlanYears.next()).get("id");
        assertEquals(HttpStatus.NOT_FOUND, PlanControllerIT.status(() -> other.post(theirs + "/actions", action(priority, "Cross"))));
    }

    @Test
    void nextYearsPlanCarriesForwardNarrativesAndUnfinishedActionsAndReportsProgress() throws Exception {
        PlanApi manager = new PlanApi(client.toBlocking(), "leicestershire", "team.manager");
        int year = PlanYears.next();
        String first = "/api/v1/plans/" + manager.createPlan(year).get("id");
        manager.put(first + "/sections/workforce", Map.of("body", "Trauma-informed training for every practitioner."));
        Object priority = manager.post(first + "/priorities", Map.of("title", "Workforce", "position", 1)).get("id");
        Map<String, Object> done = action(priority, "Train all staff in AssetPlus");
        done.put("rag", "complete");
        manager.post(first + "/actions", done);
        manager.post(first + "/actions", action(priority, "Recruit a speech and language therapist"));

        Map<String, Object> next = manager.createPlan(year + 1);
        String second = "/api/v1/plans/" + next.get("id");
        assertEquals("Trauma-informed training for every practitioner.", manager.list(second + "/sections").stream()
                .filter(n -> "workforce".equals(n.get("section_key"))).findFirst().orElseThrow().get("body"));
        List<Map<String, Object>> carried = (List<Map<String, Object>>) manager.list(second + "/priorities").get(0).get("actions");
        assertEquals(1, carried.size(), "only the unfinished action is carried forward");
        assertEquals("Recruit a speech and language therapist", carried.get(0).get("action"));
        assertEquals(Boolean.TRUE, carried.get(0).get("carried_forward"));
        String progress = org.yothub.plans.document.DocumentText.pdf(manager.bytes("/plans/" + next.get("id") + "/plan.pdf"));
        assertTrue(progress.contains("Progress on the previous plan"));
        assertTrue(progress.contains("The previous plan had 2 actions: 1 complete"), progress.substring(0, 200));
    }
}
