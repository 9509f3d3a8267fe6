package org.yothub.riskregister;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yothub.riskregister.RiskFixtures.LIST;
import static org.yothub.riskregister.RiskFixtures.MAP;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yothub.testing.TestSessions;

/** A Portsmouth manager can neither see nor change Southampton's risks, actions, links or objectives. */
@MicronautTest
class RiskTenantIsolationIT {
    @Inject
    @Client("/")
    HttpClient client;
    BlockingHttpClient http;
    RiskFixtures southampton;
    RiskFixtures portsmouth;

    @BeforeEach
    void setUp() {
        http = client.toBlocking();
        southampton = new RiskFixtures(http, "southampton");
        portsmouth = new RiskFixtures(http, "portsmouth");
    }

    private Map<String, Object> southamptonRisk() {
        Map<String, Object> risk = southampton.risk(4, 5);
        risk = http.retrieve(southampton.asManager(HttpRequest.POST("/api/v1/risks/" + risk.get("id") + "/actions",
                Map.of("kind", "action", "description", "Southampton only"))), MAP);
        return http.retrieve(southampton.asManager(HttpRequest.POST("/api/v1/risks/" + risk.get("id") + "/links",
                Map.of("linked_type", "plan_action", "linked_id", UUID.randomUUID()))), MAP);
    }

    @Test
    void everyRouteAnswersNotFoundForAnotherTenantsIds() {
        Map<String, Object> risk = southamptonRisk();
        String r = "/api/v1/risks/" + risk.get("id");
        Object actionId = ((Map<?, ?>) ((List<?>) risk.get("actions")).get(0)).get("id");
        Object linkId = ((Map<?, ?>) ((List<?>) risk.get("links")).get(0)).get("id");
        Map<String, Object> body = portsmouth.body(1, 1);
        body.put("version", risk.get("version"));
        String objective = southampton.objectiveId();
        List<MutableHttpRequest<?>> requests = List.of(
                HttpRequest.GET(r), HttpRequest.PUT(r, body), HttpRequest.GET(r + "/history"),
                HttpRequest.POST(r + "/actions", Map.of("kind", "control", "description", "x")),
                HttpRequest.PUT(r + "/actions/" + actionId, Map.of("kind", "action", "description", "x", "status", "done",
                        "version", 0)),
                HttpRequest.POST(r + "/links", Map.of("linked_type", "plan_action", "linked_id", UUID.randomUUID())),
                HttpRequest.DELETE(r + "/links/" + linkId),
                HttpRequest.GET("/api/v1/risks/objectives/" + objective),
                HttpRequest.PUT("/api/v1/risks/objectives/" + objective, Map.of("title", "Taken", "version", 0)));
        for (MutableHttpRequest<?> request : requests) {
            HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                    () -> http.exchange(portsmouth.asManager(request)), request.getPath());
            assertEquals(HttpStatus.NOT_FOUND, e.getStatus(), request.getMethodName() + " " + request.getPath());
        }
        Map<String, Object> still = http.retrieve(southampton.asManager(HttpRequest.GET(r)), MAP);
        assertEquals(risk.get("title"), still.get("title"));
        assertEquals(1, ((List<?>) still.get("actions")).size());
        assertEquals(1, ((List<?>) still.get("links")).size());
    }

    @Test
    void refusesToFileARiskUnderAnotherTenantsObjective() {
        Map<String, Object> body = portsmouth.body(2, 2);
        body.put("objective_id", southampton.objectiveId());
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.exchange(portsmouth.asManager(HttpRequest.POST("/api/v1/risks", body))));
        assertEquals(HttpStatus.NOT_FOUND, e.getStatus());
    }

    @Test
    void listsDashboardsBoardAndDownloadsNeverContainAnotherTenantsRisks() {
        Map<String, Object> risk = southamptonRisk();
        http.retrieve(southampton.asManager(HttpRequest.PUT("/api/v1/risks/" + risk.get("id"), Map.of(
                "objective_id", risk.get("objective_id"), "title", risk.get("title"), "likelihood", 4, "impact", 5,
                "owner_role", "Head of Service", "status", "escalated", "version", risk.get("version")))), MAP);
        String id = risk.get("id").toString();
        String ref = risk.get("title").toString();
        assertTrue(http.retrieve(portsmouth.asManager(HttpRequest.GET("/api/v1/risks")), LIST).stream()
                .noneMatch(x -> id.equals(x.get("id"))));
        assertTrue(http.retrieve(portsmouth.asManager(HttpRequest.GET("/api/v1/risks/board")), LIST).stream()
                .noneMatch(x -> id.equals(x.get("id"))));
        assertFalse(http.retrieve(portsmouth.asManager(HttpRequest.GET("/api/v1/risks/dashboard")), String.class).contains(id));
        assertTrue(http.retrieve(portsmouth.asManager(HttpRequest.GET("/api/v1/risks/heat-map")), String.class).indexOf("SRR-") < 0);
        String csv = new String(http.exchange(portsmouth.asManager(HttpRequest.GET("/risks/register.csv")), byte[].class).body(),
                StandardCharsets.UTF_8);
        assertFalse(csv.contains(ref));
        assertFalse(csv.contains("SRR-"));
        assertTrue(http.retrieve(portsmouth.asManager(HttpRequest.GET("/api/v1/risks/objectives")), LIST).stream()
                .noneMatch(o -> o.get("id").equals(southampton.objectiveId())));
    }

    @Test
    void pagesAnswerNotFoundForAnotherTenantsIds() {
        Map<String, Object> risk = southamptonRisk();
        TestSessions.BrowserSession session = TestSessions.browser(http, "portsmouth", "yot.manager");
        for (String path : List.of("/risks/" + risk.get("id"), "/risks/" + risk.get("id") + "/edit")) {
            HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http.exchange(
                    HttpRequest.GET(path).cookie(session.cookie()).accept(MediaType.TEXT_HTML_TYPE)));
            assertEquals(HttpStatus.NOT_FOUND, e.getStatus(), path);
        }
        assertFalse(http.retrieve(HttpRequest.GET("/risks/register").cookie(session.cookie()).accept(MediaType.TEXT_HTML_TYPE),
                String.class).contains(risk.get("id").toString()));
    }
}
