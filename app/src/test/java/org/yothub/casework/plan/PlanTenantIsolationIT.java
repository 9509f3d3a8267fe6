package org.yothub.casework.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.yothub.casework.CaseworkFixtures.LIST;
import static org.yothub.casework.CaseworkFixtures.MAP;
import static org.yothub.casework.CaseworkFixtures.as;
import static org.yothub.casework.CaseworkFixtures.createChild;
import static org.yothub.casework.plan.PlanFixtures.form;
import static org.yothub.casework.plan.PlanFixtures.path;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class PlanTenantIsolationIT {
    @Inject
    @Client("/")
    HttpClient client;

    private BlockingHttpClient http() {
        return client.toBlocking();
    }

    @Test
    void aPortsmouthUserCannotReadChangeSignOrReviewSouthamptonPlans() {
        Object soton = createChild(http(), "southampton").get("id");
        Map<String, Object> draft = PlanFixtures.create(http(), "southampton", "case.manager", soton, form("2026-01-06", "x"));
        Object pompey = createChild(http(), "portsmouth").get("id");
        Map<String, Object> mine = PlanFixtures.create(http(), "portsmouth", "case.manager", pompey, form("2026-01-06", "y"));
        Map<String, Object> edit = form("2026-01-06", "hijacked");
        edit.put("version", draft.get("version"));
        for (var r : List.of(HttpRequest.GET(path(pompey) + "/" + draft.get("id")), HttpRequest.PUT(path(pompey) + "/" + draft.get("id"), edit),
                HttpRequest.PUT(path(soton) + "/" + draft.get("id"), edit),
                HttpRequest.POST(path(soton) + "/" + draft.get("id") + "/sign-off", Map.of("version", 0)))) {
            HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                    () -> http().exchange(as(r, http(), "portsmouth", "yot.manager")));
            assertEquals(HttpStatus.NOT_FOUND, e.getStatus(), r.getPath());
        }
        List<Map<String, Object>> theirs = http().retrieve(as(HttpRequest.GET(path(pompey)), http(), "portsmouth", "case.manager"), LIST);
        assertEquals(List.of(mine.get("id")), theirs.stream().map(x -> x.get("id")).toList());
        Map<String, Object> still = http().retrieve(as(HttpRequest.GET(path(soton) + "/" + draft.get("id")), http(), "southampton",
                "case.manager"), MAP);
        assertEquals("draft", still.get("status"));
        assertEquals("x", ((Map<?, ?>) ((List<?>) still.get("objectives")).get(0)).get("what"));
    }
}
