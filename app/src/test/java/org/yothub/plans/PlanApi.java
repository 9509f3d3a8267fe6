package org.yothub.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import java.util.List;
import java.util.Map;
import org.yothub.testing.TestSessions;

/** Calls the plans API as a demo user of a tenant. */
public final class PlanApi {
    private final BlockingHttpClient http;
    private final String token;

    public PlanApi(BlockingHttpClient http, String tenant, String user) {
        this.http = http;
        this.token = TestSessions.token(http, tenant, user);
    }

    public <T> MutableHttpRequest<T> auth(MutableHttpRequest<T> request) {
        return request.bearerAuth(token);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> post(String uri, Object body) {
        return http.retrieve(auth(HttpRequest.POST(uri, body)), Map.class);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> put(String uri, Object body) {
        return http.retrieve(auth(HttpRequest.PUT(uri, body)), Map.class);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> get(String uri) {
        return http.retrieve(auth(HttpRequest.GET(uri)), Map.class);
    }

    public List<Map<String, Object>> list(String uri) {
        return http.retrieve(auth(HttpRequest.GET(uri)), Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    public byte[] bytes(String uri) {
        return http.retrieve(auth(HttpRequest.GET(uri)), byte[].class);
    }

    public String html(String uri) {
        return http.retrieve(auth(HttpRequest.GET(uri)).accept("text/html"), String.class);
    }

    public Map<String, Object> step(String planId, String step, Object version) {
        return post("/api/v1/plans/" + planId + "/" + step, Map.of("version", version));
    }

    /** The status of a call expected to fail. */
    public static HttpStatus status(Runnable call) {
        return assertThrows(HttpClientResponseException.class, call::run).getStatus();
    }

    /** The problem body of a call expected to fail with 400 (it names the field and rule). */
    public static String field(Runnable call) {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, call::run);
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        return e.getResponse().getBody(String.class).orElse("");
    }

    public Map<String, Object> createPlan(int year) {
        return post("/api/v1/plans", Map.of("plan_year", year));
    }
}
