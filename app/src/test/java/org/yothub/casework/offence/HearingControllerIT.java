package org.yothub.casework.offence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.yothub.casework.CaseworkFixtures.createChild;
import static org.yothub.casework.CaseworkFixtures.createOffence;
import static org.yothub.casework.CaseworkFixtures.failure;
import static org.yothub.casework.CaseworkFixtures.fieldRules;
import static org.yothub.casework.CaseworkFixtures.get;
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
import org.junit.jupiter.api.Test;
import org.yothub.casework.CaseworkFixtures;

@MicronautTest(transactional = false)
class HearingControllerIT {
    @Inject
    @Client("/")
    HttpClient client;

    private BlockingHttpClient http() {
        return client.toBlocking();
    }

    private static Map<String, Object> hearing(Object offenceId, String date) {
        Map<String, Object> f = new HashMap<>();
        if (offenceId != null) {
            f.put("offence_id", offenceId);
        }
        f.put("hearing_date", date);
        f.put("court", "Southampton Youth Court");
        f.put("hearing_type", "sentence");
        f.put("result", "sentenced");
        return f;
    }

    @Test
    void refusesUnauthenticatedRequests() {
        Map<String, Object> child = createChild(http(), "southampton");
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http().exchange(
                HttpRequest.POST("/api/v1/children/" + child.get("id") + "/hearings", hearing(null, "2022-05-01"))));
        assertEquals(HttpStatus.UNAUTHORIZED, e.getStatus());
    }

    @Test
    void recordsHearingsAboutAnOffenceAndShowsThemWithIt() {
        Map<String, Object> child = createChild(http(), "southampton");
        Map<String, Object> offence = createOffence(http(), "southampton", child.get("id"), "RO");
        Map<String, Object> h = post(http(), "southampton", "/api/v1/children/" + child.get("id") + "/hearings",
                hearing(offence.get("id"), "2022-05-20"));
        assertEquals("sentence", h.get("hearing_type"));
        List<?> hearings = (List<?>) get(http(), "southampton", "/api/v1/offences/" + offence.get("id")).get("hearings");
        assertEquals(1, hearings.size());
        Map<String, Object> change = hearing(offence.get("id"), "2022-05-21");
        change.put("result", "adjourned");
        change.put("version", 0);
        Map<String, Object> changed = http().retrieve(HttpRequest.PUT("/api/v1/hearings/" + h.get("id"), change)
                .bearerAuth(CaseworkFixtures.token(http(), "southampton", "case.manager")), CaseworkFixtures.MAP);
        assertEquals("adjourned", changed.get("result"));
        assertEquals(1, getList(http(), "southampton", "/api/v1/children/" + child.get("id") + "/hearings").size());
    }

    @Test
    void rejectsAnUnknownTypeAnotherChildsOffenceAndAHearingBeforeTheOffence() {
        Map<String, Object> child = createChild(http(), "southampton");
        Map<String, Object> other = createChild(http(), "southampton");
        Map<String, Object> othersOffence = createOffence(http(), "southampton", other.get("id"), "YC");
        String path = "/api/v1/children/" + child.get("id") + "/hearings";
        Map<String, Object> bad = hearing(null, "2022-05-01");
        bad.put("hearing_type", "tea_party");
        assertEquals(List.of("hearing_type:pattern"), fieldRules(failure(http(), HttpRequest.POST(path, bad), "southampton")));
        assertEquals(List.of("offence_id:offence_of_child"), fieldRules(failure(http(),
                HttpRequest.POST(path, hearing(othersOffence.get("id"), "2022-05-01")), "southampton")));
        Map<String, Object> own = createOffence(http(), "southampton", child.get("id"), "YC");
        assertEquals(List.of("hearing_date:not_before_offence"), fieldRules(failure(http(),
                HttpRequest.POST(path, hearing(own.get("id"), "2022-02-01")), "southampton")));
    }

    @Test
    void answersNotFoundForAnotherTenantsHearing() {
        Map<String, Object> child = createChild(http(), "portsmouth");
        Map<String, Object> h = post(http(), "portsmouth", "/api/v1/children/" + child.get("id") + "/hearings",
                hearing(null, "2022-05-01"));
        for (io.micronaut.http.MutableHttpRequest<?> r : List.of(HttpRequest.GET("/api/v1/hearings/" + h.get("id")),
                HttpRequest.DELETE("/api/v1/hearings/" + h.get("id")),
                HttpRequest.GET("/api/v1/children/" + child.get("id") + "/hearings"))) {
            assertEquals(HttpStatus.NOT_FOUND, failure(http(), r, "southampton").getStatus(), r.getPath());
        }
    }

    @Test
    void refusesADeleteOfAnOlderVersionAndDeletesTheCurrentOne() {
        Map<String, Object> child = createChild(http(), "southampton");
        Map<String, Object> form = hearing(null, "2022-05-01");
        form.remove("result");
        Map<String, Object> h = post(http(), "southampton", "/api/v1/children/" + child.get("id") + "/hearings", form);
        form.put("result", "adjourned");
        form.put("version", 0);
        http().exchange(CaseworkFixtures.as(HttpRequest.PUT("/api/v1/hearings/" + h.get("id"), form), http(), "southampton", "case.manager"));
        HttpClientResponseException stale = failure(http(), HttpRequest.DELETE("/api/v1/hearings/" + h.get("id") + "?version=0"), "southampton");
        assertEquals(HttpStatus.CONFLICT, stale.getStatus());
        assertEquals("adjourned", CaseworkFixtures.get(http(), "southampton", "/api/v1/hearings/" + h.get("id")).get("result"));
        assertEquals(HttpStatus.NO_CONTENT, http().exchange(CaseworkFixtures.as(HttpRequest.DELETE("/api/v1/hearings/" + h.get("id")
                + "?version=1"), http(), "southampton", "case.manager")).getStatus());
        assertEquals(HttpStatus.NOT_FOUND, failure(http(), HttpRequest.GET("/api/v1/hearings/" + h.get("id")), "southampton").getStatus());
    }
}
