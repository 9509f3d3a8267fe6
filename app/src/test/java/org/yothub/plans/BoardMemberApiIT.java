package org.yothub.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Board members: roles, agencies, champions, one chair. */
@MicronautTest(transactional = false)
class BoardMemberApiIT {
    @Inject
    @Client("/")
    HttpClient client;

    static Map<String, Object> member(String name, String partner, boolean chair) {
        Map<String, Object> m = new HashMap<>();
        m.put("name", name);
        m.put("role_title", "Head of service");
        m.put("agency", "Agency " + name);
        m.put("partner", partner);
        m.put("statutory", true);
        m.put("chair", chair);
        m.put("champion", "Health");
        m.put("position", 3);
        return m;
    }

    @Test
    void refusesUnauthenticatedCalls() {
        assertEquals(HttpStatus.UNAUTHORIZED, PlanControllerIT.status(() -> client.toBlocking().exchange(
                HttpRequest.POST("/api/v1/board-members", member("x", "police", false)))));
    }

    @Test
    void addsChangesAndRemovesAMember() {
        PlanApi manager = new PlanApi(client.toBlocking(), "southampton", "team.manager");
        String name = "Member " + UUID.randomUUID();
        Map<String, Object> created = manager.post("/api/v1/board-members", member(name, "health", false));
        assertEquals("Health", created.get("champion"));
        Map<String, Object> change = member(name, "health", false);
        change.put("champion", "Education");
        change.put("version", created.get("version"));
        assertEquals("Education", manager.put("/api/v1/board-members/" + created.get("id"), change).get("champion"));
        assertEquals(HttpStatus.CONFLICT, PlanControllerIT.status(() -> manager.put("/api/v1/board-members/" + created.get("id"), change)));
        PlanApi board = new PlanApi(client.toBlocking(), "southampton", "board");
        assertTrue(board.list("/api/v1/board-members").stream().anyMatch(m -> name.equals(m.get("name"))));
        assertEquals(HttpStatus.FORBIDDEN, PlanControllerIT.status(() -> board.post("/api/v1/board-members", member("No", "police", false))));
        client.toBlocking().exchange(manager.auth(HttpRequest.DELETE("/api/v1/board-members/" + created.get("id"))));
        assertFalse(manager.list("/api/v1/board-members").stream().anyMatch(m -> name.equals(m.get("name"))));
    }

    @Test
    void rejectsBadMembersAndASecondChair() {
        PlanApi manager = new PlanApi(client.toBlocking(), "leicestershire", "yot.manager");
        Map<String, Object> blank = member("", "police", false);
        assertTrue(PlanControllerIT.field(() -> manager.post("/api/v1/board-members", blank)).contains("name"));
        assertTrue(PlanControllerIT.field(() -> manager.post("/api/v1/board-members", member("P", "fire", false))).contains("partner"));
        if (manager.list("/api/v1/board-members").stream().noneMatch(m -> Boolean.TRUE.equals(m.get("chair")))) {
            manager.post("/api/v1/board-members", member("First Chair", "local_authority", true));
        }
        assertTrue(PlanControllerIT.field(() -> manager.post("/api/v1/board-members", member("Second Chair", "police", true)))
                .contains("one_chair"));
    }

    @Test
    void anotherTenantsMemberIsNotFound() {
        Object id = new PlanApi(client.toBlocking(), "southampton", "yot.manager")
                .post("/api/v1/board-members", member("Ours " + UUID.randomUUID(), "police", false)).get("id");
        PlanApi other = new PlanApi(client.toBlocking(), "portsmouth", "yot.manager");
        assertEquals(HttpStatus.NOT_FOUND, PlanControllerIT.status(() -> other.get("/api/v1/board-members/" + id)));
        Map<String, Object> change = member("Hijack", "police", false);
        change.put("version", 0);
        assertEquals(HttpStatus.NOT_FOUND, PlanControllerIT.status(() -> other.put("/api/v1/board-members/" + id, change)));
    }
}
