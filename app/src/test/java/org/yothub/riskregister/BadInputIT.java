package org.yothub.riskregister;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.yothub.testing.TestSessions;

/** Malformed input to every write route of both features is answered with a 4xx, never a 500. */
@MicronautTest
class BadInputIT {
    private static final List<String> BODIES = List.of("{}", "[]", "null", "{\"likelihood\":\"abc\",\"impact\":[1]}",
            "{\"member_ids\":[null,null],\"sits_on\":\"2024-02-30\",\"rows\":[null],\"convention\":\"native\"}",
            "not json");
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void neverAnswersAServerErrorToMalformedJson() {
        BlockingHttpClient http = client.toBlocking();
        String volunteer = TestSessions.token(http, "southampton", "volunteers");
        String manager = TestSessions.token(http, "southampton", "yot.manager");
        String id = UUID.randomUUID().toString();
        List<String[]> routes = List.of(
                new String[] {"POST", "/api/v1/volunteers", volunteer}, new String[] {"PUT", "/api/v1/volunteers/" + id, volunteer},
                new String[] {"POST", "/api/v1/volunteers/" + id + "/dbs-checks", volunteer},
                new String[] {"POST", "/api/v1/volunteers/" + id + "/trainings", volunteer},
                new String[] {"POST", "/api/v1/volunteers/" + id + "/assignments", volunteer},
                new String[] {"POST", "/api/v1/volunteers/" + id + "/conflicts", volunteer},
                new String[] {"POST", "/api/v1/volunteers/" + id + "/hours", volunteer},
                new String[] {"POST", "/api/v1/volunteers/roles", volunteer},
                new String[] {"POST", "/api/v1/panels", volunteer}, new String[] {"PUT", "/api/v1/panels/" + id, volunteer},
                new String[] {"POST", "/api/v1/panels/" + id + "/outcome", volunteer},
                new String[] {"POST", "/api/v1/risks", manager}, new String[] {"PUT", "/api/v1/risks/" + id, manager},
                new String[] {"POST", "/api/v1/risks/" + id + "/actions", manager},
                new String[] {"POST", "/api/v1/risks/" + id + "/links", manager},
                new String[] {"POST", "/api/v1/risks/import", manager},
                new String[] {"POST", "/api/v1/risks/objectives", manager});
        for (String[] route : routes) {
            for (String body : BODIES) {
                MutableHttpRequest<String> request = HttpRequest.create(io.micronaut.http.HttpMethod.valueOf(route[0]), route[1])
                        .body(body).contentType(MediaType.APPLICATION_JSON_TYPE).bearerAuth(route[2]);
                int status;
                try {
                    status = http.exchange(request).code();
                } catch (HttpClientResponseException e) {
                    status = e.getStatus().getCode();
                }
                assertTrue(status >= 400 && status < 500, route[0] + " " + route[1] + " with " + body + " gave " + status);
            }
        }
        for (String path : List.of("/api/v1/risks?objective_id=nope", "/api/v1/panels?from=tomorrow", "/api/v1/volunteers/hours?year=x",
                "/api/v1/volunteers/summary?year=99999", "/api/v1/panels?from=2024-01-01&to=2020-01-01")) {
            int status;
            try {
                status = http.exchange(HttpRequest.GET(path).bearerAuth(path.contains("risks") ? manager : volunteer)).code();
            } catch (HttpClientResponseException e) {
                status = e.getStatus().getCode();
            }
            assertTrue(status >= 400 && status < 500, path + " gave " + status);
        }
    }
}
