package org.yothub.riskregister;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yothub.riskregister.RiskFixtures.LIST;
import static org.yothub.riskregister.RiskFixtures.MAP;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest
class RiskApiIT {
    @Inject
    @Client("/")
    HttpClient client;
    BlockingHttpClient http;
    RiskFixtures fx;

    @BeforeEach
    void setUp() {
        http = client.toBlocking();
        fx = new RiskFixtures(http, "southampton");
    }

    static Map<?, ?> firstError(HttpClientResponseException e) {
        return (Map<?, ?>) ((List<?>) e.getResponse().getBody(MAP).orElseThrow().get("errors")).get(0);
    }

    @Test
    void refusesUnauthenticatedRequests() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.exchange(HttpRequest.GET("/api/v1/risks")));
        assertEquals(HttpStatus.UNAUTHORIZED, e.getStatus());
    }

    @Test
    void addsARiskWithScoreBandAndNextReference() {
        HttpResponse<Map<String, Object>> created = http.exchange(fx.asManager(HttpRequest.POST("/api/v1/risks",
                fx.body(4, 4))), MAP);
        assertEquals(HttpStatus.CREATED, created.getStatus());
        Map<String, Object> risk = created.body();
        assertEquals(16, risk.get("score"));
        assertEquals("high", risk.get("band"));
        assertEquals(2, risk.get("leicestershire_impact"));
        assertEquals("High", risk.get("southampton_rating"));
        assertEquals("open", risk.get("status"));
        assertTrue(risk.get("risk_ref").toString().matches("R-\\d{3}"));
        assertEquals("medium", fx.risk(3, 3).get("band"));
        assertEquals("low", fx.risk(1, 5).get("band"));
    }

    @Test
    void rejectsALikelihoodOfSixNamingTheFieldAndTheRange() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.exchange(fx.asManager(HttpRequest.POST("/api/v1/risks", fx.body(6, 3)))));
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        assertEquals("likelihood", firstError(e).get("field"));
        assertTrue(firstError(e).get("message").toString().contains("between 1 and 5"));
    }

    @Test
    void rejectsARiskWithNoOwner() {
        Map<String, Object> body = fx.body(2, 2);
        body.remove("owner_role");
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.exchange(fx.asManager(HttpRequest.POST("/api/v1/risks", body))));
        assertEquals("owner_required", firstError(e).get("rule"));
    }

    @Test
    void answersNotFoundForAnUnknownObjectiveOrRisk() {
        Map<String, Object> body = fx.body(2, 2);
        body.put("objective_id", UUID.randomUUID().toString());
        assertEquals(HttpStatus.NOT_FOUND, assertThrows(HttpClientResponseException.class,
                () -> http.exchange(fx.asManager(HttpRequest.POST("/api/v1/risks", body)))).getStatus());
        assertEquals(HttpStatus.NOT_FOUND, assertThrows(HttpClientResponseException.class,
                () -> http.exchange(fx.asManager(HttpRequest.GET("/api/v1/risks/" + UUID.randomUUID())))).getStatus());
    }

    @Test
    void keepsEveryChangeWithTheScoreBeforeAndAfter() {
        Map<String, Object> risk = fx.risk(2, 3);
        Map<String, Object> raised = fx.update(risk, Map.of("likelihood", 4));
        Map<String, Object> escalated = fx.update(raised, Map.of("status", "escalated"));
        List<Map<String, Object>> history = http.retrieve(fx.asManager(HttpRequest.GET("/api/v1/risks/" + risk.get("id")
                + "/history")), LIST);
        assertEquals(List.of("created", "updated", "escalated"), history.stream().map(h -> h.get("change")).toList());
        assertEquals(6, history.get(1).get("before_score"));
        assertEquals(12, history.get(1).get("after_score"));
        assertTrue(history.get(1).get("changed_by").toString().length() > 0);
        assertEquals("escalated", escalated.get("status"));
        List<Map<String, Object>> board = http.retrieve(HttpRequest.GET("/api/v1/risks/board").bearerAuth(fx.token("board")), LIST);
        assertTrue(board.stream().anyMatch(r -> r.get("id").equals(risk.get("id"))));
    }

    @Test
    void answersConflictForAStaleVersion() {
        Map<String, Object> risk = fx.risk(2, 3);
        fx.update(risk, Map.of("likelihood", 3));
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> fx.update(risk, Map.of("likelihood", 5)));
        assertEquals(HttpStatus.CONFLICT, e.getStatus());
    }

    @Test
    void boardMembersReadButCannotChangeTheRegister() {
        String board = fx.token("board");
        assertEquals(HttpStatus.OK, http.exchange(HttpRequest.GET("/api/v1/risks").bearerAuth(board)).getStatus());
        assertEquals(HttpStatus.FORBIDDEN, assertThrows(HttpClientResponseException.class, () -> http.exchange(
                HttpRequest.POST("/api/v1/risks", fx.body(2, 2)).bearerAuth(board))).getStatus());
        assertEquals(HttpStatus.FORBIDDEN, assertThrows(HttpClientResponseException.class, () -> http.exchange(
                HttpRequest.GET("/api/v1/risks").bearerAuth(fx.token("case.manager")))).getStatus());
    }

    @Test
    void listsOverdueActionsAndReviewsOnTheDashboard() {
        Map<String, Object> risk = fx.update(fx.risk(3, 3), Map.of("review_on", LocalDate.now().minusDays(3).toString()));
        Map<String, Object> withAction = http.retrieve(fx.asManager(HttpRequest.POST("/api/v1/risks/" + risk.get("id")
                + "/actions", Map.of("kind", "action", "description", "Chase partner data", "owner", "Business Manager",
                "due_on", LocalDate.now().minusDays(1).toString()))), MAP);
        Map<?, ?> action = (Map<?, ?>) ((List<?>) withAction.get("actions")).get(0);
        assertEquals(true, action.get("overdue"));
        Map<String, Object> dashboard = http.retrieve(fx.asManager(HttpRequest.GET("/api/v1/risks/dashboard")), MAP);
        assertTrue(((List<?>) dashboard.get("overdue_reviews")).stream().anyMatch(r -> ((Map<?, ?>) r).get("id").equals(risk.get("id"))));
        assertTrue(((List<?>) dashboard.get("overdue_actions")).stream().anyMatch(r -> ((Map<?, ?>) r).get("risk_id").equals(risk.get("id"))));
        Map<String, Object> done = http.retrieve(fx.asManager(HttpRequest.PUT("/api/v1/risks/" + risk.get("id") + "/actions/"
                + action.get("id"), Map.of("kind", "action", "description", "Chase partner data", "status", "done",
                "version", action.get("version")))), MAP);
        assertEquals(false, ((Map<?, ?>) ((List<?>) done.get("actions")).get(0)).get("overdue"));
    }

    @Test
    void countsLiveRisksOnTheHeatMap() {
        Map<String, Object> before = http.retrieve(fx.asManager(HttpRequest.GET("/api/v1/risks/heat-map")), MAP);
        fx.risk(5, 1);
        Map<String, Object> after = http.retrieve(fx.asManager(HttpRequest.GET("/api/v1/risks/heat-map")), MAP);
        assertEquals(count(before, 5, 1) + 1, count(after, 5, 1));
        Map<?, ?> topRow = (Map<?, ?>) ((List<?>) after.get("rows")).get(0);
        assertEquals(5, topRow.get("likelihood"));
    }

    private static int count(Map<String, Object> map, int likelihood, int impact) {
        Map<?, ?> row = (Map<?, ?>) ((List<?>) map.get("rows")).get(5 - likelihood);
        return (Integer) ((Map<?, ?>) ((List<?>) row.get("cells")).get(impact - 1)).get("count");
    }

    @Test
    void linksARiskToAPlanPriority() {
        Map<String, Object> risk = fx.risk(4, 4);
        UUID priority = UUID.randomUUID();
        Map<String, Object> linked = http.retrieve(fx.asManager(HttpRequest.POST("/api/v1/risks/" + risk.get("id") + "/links",
                Map.of("linked_type", "plan_priority", "linked_id", priority))), MAP);
        Map<?, ?> link = (Map<?, ?>) ((List<?>) linked.get("links")).get(0);
        assertEquals(priority.toString(), link.get("linked_id"));
        assertEquals(HttpStatus.BAD_REQUEST, assertThrows(HttpClientResponseException.class, () -> http.exchange(fx.asManager(
                HttpRequest.POST("/api/v1/risks/" + risk.get("id") + "/links",
                        Map.of("linked_type", "Plan Priority!", "linked_id", priority))))).getStatus());
        Map<String, Object> unlinked = http.retrieve(fx.asManager(HttpRequest.DELETE("/api/v1/risks/" + risk.get("id")
                + "/links/" + link.get("id"))), MAP);
        assertTrue(((List<?>) unlinked.get("links")).isEmpty());
    }

    @Test
    void keepsTheObjectiveListPerTenant() {
        List<Map<String, Object>> objectives = http.retrieve(fx.asManager(HttpRequest.GET("/api/v1/risks/objectives")), LIST);
        assertTrue(objectives.stream().anyMatch(o -> "Reduce re-offending by children and young people".equals(o.get("title"))));
        String title = "Objective " + UUID.randomUUID();
        Map<String, Object> added = http.retrieve(fx.asManager(HttpRequest.POST("/api/v1/risks/objectives",
                Map.of("title", title))), MAP);
        assertEquals(title, added.get("title"));
        assertEquals(HttpStatus.BAD_REQUEST, assertThrows(HttpClientResponseException.class, () -> http.exchange(
                fx.asManager(HttpRequest.POST("/api/v1/risks/objectives", Map.of("title", title))))).getStatus());
    }
}
