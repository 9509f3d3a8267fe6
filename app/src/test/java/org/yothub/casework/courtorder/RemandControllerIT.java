package org.yothub.casework.courtorder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.yothub.casework.CaseworkFixtures.createChild;
import static org.yothub.casework.CaseworkFixtures.failure;
import static org.yothub.casework.CaseworkFixtures.fieldRules;
import static org.yothub.casework.CaseworkFixtures.getList;
import static org.yothub.casework.CaseworkFixtures.post;
import static org.yothub.casework.CaseworkFixtures.unique;

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
class RemandControllerIT {
    @Inject
    @Client("/")
    HttpClient client;

    private BlockingHttpClient http() {
        return client.toBlocking();
    }

    private static Map<String, Object> remand(String start, String end, String placement) {
        Map<String, Object> f = new HashMap<>();
        f.put("remand_ref", unique("RM"));
        f.put("start_date", start);
        if (end != null) {
            f.put("end_date", end);
        }
        f.put("placement", placement);
        return f;
    }

    @Test
    void refusesUnauthenticatedRequests() {
        Map<String, Object> child = createChild(http(), "southampton");
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http().exchange(
                HttpRequest.POST("/api/v1/children/" + child.get("id") + "/remands", remand("2022-01-01", null, "SCH"))));
        assertEquals(HttpStatus.UNAUTHORIZED, e.getStatus());
    }

    @Test
    void countsNightsAndCostsThemWithTheTenantsRate() {
        Map<String, Object> child = createChild(http(), "southampton");
        String path = "/api/v1/children/" + child.get("id") + "/remands";
        Map<String, Object> sch = post(http(), "southampton", path, remand("2021-01-01", "2021-05-01", "SCH"));
        assertEquals(120, ((Number) sch.get("nights")).intValue());
        assertEquals(91440.0, ((Number) sch.get("cost")).doubleValue(), 0.001);
        post(http(), "southampton", path, remand("2021-06-01", "2021-09-09", "YOI"));
        List<Map<String, Object>> all = getList(http(), "southampton", path);
        assertEquals(123540.0, all.stream().mapToDouble(r -> ((Number) r.get("cost")).doubleValue()).sum(), 0.001);
    }

    @Test
    void rejectsARemandEndingBeforeItStartsAndAnUnknownPlacement() {
        Map<String, Object> child = createChild(http(), "southampton");
        String path = "/api/v1/children/" + child.get("id") + "/remands";
        assertEquals(List.of("end_date:not_before_start"), fieldRules(failure(http(),
                HttpRequest.POST(path, remand("2022-02-01", "2022-01-31", "STC")), "southampton")));
        assertEquals(List.of("placement:pattern"), fieldRules(failure(http(),
                HttpRequest.POST(path, remand("2022-02-01", null, "HOTEL")), "southampton")));
    }

    @Test
    void answersNotFoundForAnotherTenantsRemand() {
        Map<String, Object> child = createChild(http(), "portsmouth");
        Map<String, Object> r = post(http(), "portsmouth", "/api/v1/children/" + child.get("id") + "/remands",
                remand("2022-01-01", null, "LAA"));
        Map<String, Object> form = remand("2022-01-01", "2022-01-05", "LAA");
        form.put("version", 0);
        for (io.micronaut.http.MutableHttpRequest<?> req : List.of(HttpRequest.GET("/api/v1/remands/" + r.get("id")),
                HttpRequest.PUT("/api/v1/remands/" + r.get("id"), form),
                HttpRequest.GET("/api/v1/children/" + child.get("id") + "/remands"))) {
            assertEquals(HttpStatus.NOT_FOUND, failure(http(), req, "southampton").getStatus(), req.getPath());
        }
    }

    @Test
    void refusesADeleteOfAnOlderVersionAndStillDeletesWithoutOne() {
        Map<String, Object> child = createChild(http(), "southampton");
        Map<String, Object> r = post(http(), "southampton", "/api/v1/children/" + child.get("id") + "/remands",
                remand("2022-01-01", null, "LAA"));
        Map<String, Object> ended = remand("2022-01-01", "2022-02-01", "LAA");
        ended.put("remand_ref", r.get("remand_ref"));
        ended.put("version", 0);
        http().exchange(CaseworkFixtures.as(HttpRequest.PUT("/api/v1/remands/" + r.get("id"), ended), http(), "southampton", "case.manager"));
        HttpClientResponseException stale = failure(http(), HttpRequest.DELETE("/api/v1/remands/" + r.get("id") + "?version=0"), "southampton");
        assertEquals(HttpStatus.CONFLICT, stale.getStatus());
        assertEquals(List.of("version:current_version"), fieldRules(stale));
        assertEquals("2022-02-01", CaseworkFixtures.get(http(), "southampton", "/api/v1/remands/" + r.get("id")).get("end_date"));
        assertEquals(HttpStatus.NO_CONTENT, http().exchange(CaseworkFixtures.as(HttpRequest.DELETE("/api/v1/remands/" + r.get("id")),
                http(), "southampton", "case.manager")).getStatus());
    }
}
