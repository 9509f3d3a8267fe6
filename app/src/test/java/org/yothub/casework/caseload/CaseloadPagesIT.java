package org.yothub.casework.caseload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yothub.casework.CaseworkFixtures.MAP;
import static org.yothub.casework.CaseworkFixtures.as;
import static org.yothub.casework.CaseworkFixtures.createChild;
import static org.yothub.casework.CaseworkFixtures.staffId;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yothub.casework.Pages;

@MicronautTest(transactional = false)
class CaseloadPagesIT {
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void aManagerAllocatesFromTheTeamCaseloadAndTheCaseManagerSeesIt() {
        Map<String, Object> child = createChild(client.toBlocking(), "southampton");
        Pages tm = new Pages(client.toBlocking(), "southampton", "team.manager");
        String team = tm.get("/caseload?scope=team");
        assertTrue(team.contains("The team's open cases"));
        assertTrue(team.contains("Cases per case manager"));
        assertTrue(team.contains("Case manager for "));
        HttpResponse<String> r = tm.post("/caseload/allocation", Map.of("child_id", child.get("id").toString(),
                "case_manager_id", staffId(client.toBlocking(), "southampton", "case.manager"),
                "version", child.get("version").toString()));
        assertEquals(303, r.getStatus().getCode());
        assertEquals("/caseload?scope=team", r.getHeaders().get("Location"));
        Map<String, Object> now = client.toBlocking().retrieve(as(HttpRequest.GET("/api/v1/children/" + child.get("id")),
                client.toBlocking(), "southampton", "case.manager"), MAP);
        assertEquals("Casey Example", now.get("case_manager_name"));

        Pages cm = new Pages(client.toBlocking(), "southampton", "case.manager");
        String mine = cm.get("/caseload");
        assertTrue(mine.contains("My open cases"));
        assertTrue(mine.contains("/children/" + child.get("id")));
        assertTrue(mine.contains("href=\"/caseload\""), "navigation shows Caseload");
        assertFalse(mine.contains("Case manager for "), "case managers do not allocate");
        assertEquals(403, cm.status("/caseload?scope=team"));
        assertEquals(403, cm.post("/caseload/allocation", Map.of("child_id", child.get("id").toString(), "version", "1"))
                .getStatus().getCode());
    }

    @Test
    void theCaseloadIsNotForBoardMembersOrAnonymousVisitors() {
        Pages board = new Pages(client.toBlocking(), "southampton", "board");
        assertFalse(board.get("/").contains("href=\"/caseload\""));
        assertEquals(403, board.status("/caseload"));
        int anonymous;
        try {
            anonymous = client.toBlocking().exchange(HttpRequest.GET("/caseload").accept(MediaType.TEXT_HTML_TYPE)).getStatus().getCode();
        } catch (HttpClientResponseException e) {
            anonymous = e.getStatus().getCode();
        }
        assertTrue(anonymous == 401 || anonymous == 303, "anonymous visitors are sent to sign in, got " + anonymous);
    }

    @Test
    void rejectsAStaleAllocation() {
        Map<String, Object> child = createChild(client.toBlocking(), "southampton");
        Pages tm = new Pages(client.toBlocking(), "southampton", "team.manager");
        HttpResponse<String> r = tm.post("/caseload/allocation", Map.of("child_id", child.get("id").toString(),
                "case_manager_id", "", "version", "7"));
        assertEquals(409, r.getStatus().getCode());
        assertEquals(400, tm.post("/caseload/allocation", Map.of("child_id", "nonsense", "version", "0")).getStatus().getCode());
    }
}
