package org.yothub.casework.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.yothub.casework.CaseworkFixtures.createChild;
import static org.yothub.casework.CaseworkFixtures.failure;
import static org.yothub.casework.CaseworkFixtures.fieldRules;
import static org.yothub.casework.CaseworkFixtures.getList;
import static org.yothub.casework.CaseworkFixtures.post;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.yothub.casework.CaseworkFixtures;

@MicronautTest(transactional = false)
class StatusControllerIT {
    @Inject
    @Client("/")
    HttpClient client;

    private BlockingHttpClient http() {
        return client.toBlocking();
    }

    private static Map<String, Object> status(String kind, String date, String value, Integer hours) {
        Map<String, Object> f = new HashMap<>();
        f.put("kind", kind);
        f.put("effective_date", date);
        f.put("value", value);
        if (hours != null) {
            f.put("hours", hours);
        }
        return f;
    }

    @Test
    void refusesUnauthenticatedRequests() {
        Map<String, Object> child = createChild(http(), "southampton");
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http().exchange(
                HttpRequest.GET("/api/v1/children/" + child.get("id") + "/statuses")));
        assertEquals(HttpStatus.UNAUTHORIZED, e.getStatus());
    }

    @Test
    void answersTheStatusInForceOnADate() {
        Map<String, Object> child = createChild(http(), "southampton");
        String path = "/api/v1/children/" + child.get("id") + "/statuses";
        post(http(), "southampton", path, status("ete", "2022-01-10", "neet", null));
        post(http(), "southampton", path, status("ete", "2022-09-05", "education", 25));
        post(http(), "southampton", path, status("mental_health", "2022-03-01", "need_identified", null));
        post(http(), "southampton", path, status("mental_health", "2022-04-01", "attending", null));
        post(http(), "southampton", path, status("looked_after", "2022-02-01", "yes", null));
        Map<String, Map<String, Object>> june = getList(http(), "southampton", path + "?as_of=2022-06-30").stream()
                .collect(Collectors.toMap(s -> s.get("kind").toString(), s -> s));
        assertEquals("neet", june.get("ete").get("value"));
        assertEquals(false, june.get("ete").get("suitable"));
        assertEquals("attending", june.get("mental_health").get("value"));
        assertEquals("yes", june.get("looked_after").get("value"));
        Map<String, Map<String, Object>> october = getList(http(), "southampton", path + "?as_of=2022-10-01").stream()
                .collect(Collectors.toMap(s -> s.get("kind").toString(), s -> s));
        assertEquals("education", october.get("ete").get("value"));
        assertEquals(true, october.get("ete").get("suitable"));
        assertEquals(1, getList(http(), "southampton", path + "?as_of=2022-01-31").size());
        assertEquals(5, getList(http(), "southampton", path).size());
    }

    @Test
    void rejectsAValueOfAnotherKindHoursOutsideEteAndASecondChangeOnTheSameDay() {
        Map<String, Object> child = createChild(http(), "southampton");
        String path = "/api/v1/children/" + child.get("id") + "/statuses";
        assertEquals(List.of("value:allowed_for_kind"), fieldRules(failure(http(),
                HttpRequest.POST(path, status("accommodation", "2022-01-01", "attending", null)), "southampton")));
        assertEquals(List.of("hours:ete_only"), fieldRules(failure(http(),
                HttpRequest.POST(path, status("accommodation", "2022-01-01", "suitable", 10)), "southampton")));
        assertEquals(List.of("kind:pattern"), fieldRules(failure(http(),
                HttpRequest.POST(path, status("mood", "2022-01-01", "good", null)), "southampton")));
        post(http(), "southampton", path, status("accommodation", "2022-01-01", "suitable", null));
        assertEquals(List.of("effective_date:unique"), fieldRules(failure(http(),
                HttpRequest.POST(path, status("accommodation", "2022-01-01", "unsuitable", null)), "southampton")));
    }

    @Test
    void answersNotFoundForAnotherTenantsStatus() {
        Map<String, Object> child = createChild(http(), "portsmouth");
        Map<String, Object> s = post(http(), "portsmouth", "/api/v1/children/" + child.get("id") + "/statuses",
                status("accommodation", "2022-01-01", "suitable", null));
        for (io.micronaut.http.MutableHttpRequest<?> r : List.of(HttpRequest.GET("/api/v1/statuses/" + s.get("id")),
                HttpRequest.DELETE("/api/v1/statuses/" + s.get("id")),
                HttpRequest.POST("/api/v1/children/" + child.get("id") + "/statuses", status("ete", "2022-01-01", "neet", null)),
                HttpRequest.GET("/api/v1/children/" + child.get("id") + "/statuses"))) {
            assertEquals(HttpStatus.NOT_FOUND, failure(http(), r, "southampton").getStatus(), r.getPath());
        }
    }

    @Test
    void refusesADeleteOfAnOlderVersionAndDeletesTheCurrentOne() {
        Map<String, Object> child = createChild(http(), "southampton");
        Map<String, Object> form = status("accommodation", "2023-01-10", "suitable", null);
        Map<String, Object> s = post(http(), "southampton", "/api/v1/children/" + child.get("id") + "/statuses", form);
        form.put("value", "unsuitable");
        form.put("version", 0);
        http().exchange(CaseworkFixtures.as(HttpRequest.PUT("/api/v1/statuses/" + s.get("id"), form), http(), "southampton", "case.manager"));
        HttpClientResponseException stale = failure(http(), HttpRequest.DELETE("/api/v1/statuses/" + s.get("id") + "?version=0"), "southampton");
        assertEquals(HttpStatus.CONFLICT, stale.getStatus());
        assertEquals("unsuitable", CaseworkFixtures.get(http(), "southampton", "/api/v1/statuses/" + s.get("id")).get("value"));
        assertEquals(HttpStatus.NO_CONTENT, http().exchange(CaseworkFixtures.as(HttpRequest.DELETE("/api/v1/statuses/" + s.get("id")
                + "?version=1"), http(), "southampton", "case.manager")).getStatus());
        assertEquals(HttpStatus.NOT_FOUND, failure(http(), HttpRequest.GET("/api/v1/statuses/" + s.get("id")), "southampton").getStatus());
    }
}
