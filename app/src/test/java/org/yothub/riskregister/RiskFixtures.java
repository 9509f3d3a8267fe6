package org.yothub.riskregister;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.yothub.testing.TestSessions;

/** Builds risks through the API for tests. */
final class RiskFixtures {
    static final Argument<Map<String, Object>> MAP = Argument.mapOf(String.class, Object.class);
    static final Argument<List<Map<String, Object>>> LIST = Argument.listOf(MAP);
    private final BlockingHttpClient http;
    private final String tenant;

    RiskFixtures(BlockingHttpClient http, String tenant) {
        this.http = http;
        this.tenant = tenant;
    }

    String token(String username) {
        return TestSessions.token(http, tenant, username);
    }

    <T> MutableHttpRequest<T> asManager(MutableHttpRequest<T> request) {
        return request.bearerAuth(token("yot.manager"));
    }

    String objectiveId() {
        return http.retrieve(asManager(HttpRequest.GET("/api/v1/risks/objectives")), LIST).get(0).get("id").toString();
    }

    Map<String, Object> body(int likelihood, int impact) {
        Map<String, Object> body = new HashMap<>();
        body.put("objective_id", objectiveId());
        body.put("title", "Test risk " + UUID.randomUUID().toString().substring(0, 8));
        body.put("description", "A risk made by a test");
        body.put("likelihood", likelihood);
        body.put("impact", impact);
        body.put("owner_role", "Head of Service");
        body.put("review_on", LocalDate.now().plusMonths(3).toString());
        return body;
    }

    Map<String, Object> risk(int likelihood, int impact) {
        return http.retrieve(asManager(HttpRequest.POST("/api/v1/risks", body(likelihood, impact))), MAP);
    }

    /** Sends the risk back with changes (and the version read). */
    Map<String, Object> update(Map<String, Object> risk, Map<String, Object> changes) {
        Map<String, Object> body = new HashMap<>();
        for (String key : List.of("objective_id", "title", "description", "likelihood", "impact", "owner_role", "review_on",
                "status", "version")) {
            body.put(key, risk.get(key));
        }
        body.putAll(changes);
        return http.retrieve(asManager(HttpRequest.PUT("/api/v1/risks/" + risk.get("id"), body)), MAP);
    }
}
