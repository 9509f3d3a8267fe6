package org.yothub.casework.courtorder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.yothub.casework.CaseworkFixtures.createChild;
import static org.yothub.casework.CaseworkFixtures.createOffence;
import static org.yothub.casework.CaseworkFixtures.failure;
import static org.yothub.casework.CaseworkFixtures.fieldRules;
import static org.yothub.casework.CaseworkFixtures.get;
import static org.yothub.casework.CaseworkFixtures.getList;
import static org.yothub.casework.CaseworkFixtures.post;
import static org.yothub.casework.CaseworkFixtures.token;
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
class InterventionControllerIT {
    @Inject
    @Client("/")
    HttpClient client;

    private BlockingHttpClient http() {
        return client.toBlocking();
    }

    static Map<String, Object> order(String code, String start, String end) {
        Map<String, Object> f = new HashMap<>();
        f.put("intervention_ref", unique("IN"));
        f.put("outcome_code", code);
        f.put("start_date", start);
        if (end != null) {
            f.put("end_date", end);
        }
        return f;
    }

    @Test
    void refusesUnauthenticatedRequests() {
        Map<String, Object> child = createChild(http(), "southampton");
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http().exchange(
                HttpRequest.GET("/api/v1/children/" + child.get("id") + "/interventions")));
        assertEquals(HttpStatus.UNAUTHORIZED, e.getStatus());
    }

    @Test
    void recordsAnOrderWithRequirementsAndItsEnd() {
        Map<String, Object> child = createChild(http(), "southampton");
        Map<String, Object> offence = createOffence(http(), "southampton", child.get("id"), "YRO");
        Map<String, Object> form = order("YRO", "2022-06-01", null);
        form.put("outcome_id", ((Map<?, ?>) offence.get("outcome")).get("id"));
        Map<String, Object> created = post(http(), "southampton", "/api/v1/children/" + child.get("id") + "/interventions", form);
        assertEquals(true, created.get("takes_requirements"));
        Map<String, Object> req = post(http(), "southampton", "/api/v1/interventions/" + created.get("id") + "/requirements",
                Map.of("requirement", "unpaid_work", "detail", "40 hours"));
        assertEquals("unpaid_work", req.get("requirement"));
        Map<String, Object> end = new HashMap<>(form);
        end.put("end_date", "2023-06-01");
        end.put("end_reason", "completed");
        end.put("ete_status_at_end", "training");
        end.put("ete_hours_at_end", 16);
        end.put("accommodation_suitable_at_end", true);
        end.put("mh_need", true);
        end.put("mh_intervention_planned", true);
        end.put("version", 0);
        Map<String, Object> ended = http().retrieve(HttpRequest.PUT("/api/v1/interventions/" + created.get("id"), end)
                .bearerAuth(CaseworkFixtures.token(http(), "southampton", "case.manager")), CaseworkFixtures.MAP);
        assertEquals(false, ended.get("ete_suitable_at_end"), "15 on the end date: under 16 needs 25 hours a week");
        List<Map<String, Object>> listed = getList(http(), "southampton", "/api/v1/children/" + child.get("id") + "/interventions");
        assertEquals(1, ((List<?>) listed.get(0).get("requirements")).size());
    }

    @Test
    void rejectsAnOrderEndingBeforeItStartsAndAnUnknownCode() {
        Map<String, Object> child = createChild(http(), "southampton");
        String path = "/api/v1/children/" + child.get("id") + "/interventions";
        HttpClientResponseException e = failure(http(), HttpRequest.POST(path, order("RO", "2022-06-01", "2022-05-31")), "southampton");
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        assertEquals(List.of("end_date:not_before_start"), fieldRules(e));
        assertEquals(List.of("outcome_code:unknown_code"), fieldRules(failure(http(), HttpRequest.POST(path,
                order("ASBO", "2022-06-01", null)), "southampton")));
    }

    @Test
    void rejectsInconsistentHealthStepsAndRequirementsOnANonYro() {
        Map<String, Object> child = createChild(http(), "southampton");
        String path = "/api/v1/children/" + child.get("id") + "/interventions";
        Map<String, Object> form = order("RO", "2022-06-01", null);
        form.put("sm_attending", true);
        form.put("sm_need", true);
        assertEquals(List.of("sm_attending:requires_planned"), fieldRules(failure(http(), HttpRequest.POST(path, form), "southampton")));
        Map<String, Object> ro = post(http(), "southampton", path, order("RO", "2022-06-01", null));
        assertEquals(List.of("requirement:yro_only"), fieldRules(failure(http(), HttpRequest.POST("/api/v1/interventions/"
                + ro.get("id") + "/requirements", Map.of("requirement", "curfew")), "southampton")));
        Map<String, Object> facts = order("RO", "2022-06-01", null);
        facts.put("ete_status_at_end", "neet");
        assertEquals(List.of("end_date:required_with_end_facts"), fieldRules(failure(http(), HttpRequest.POST(path, facts), "southampton")));
    }

    @Test
    void refusesADeleteOfAnOlderVersionOfAnOrder() {
        Map<String, Object> child = createChild(http(), "southampton");
        Map<String, Object> yro = post(http(), "southampton", "/api/v1/children/" + child.get("id") + "/interventions",
                order("YRO", "2022-06-01", null));
        String one = "/api/v1/interventions/" + yro.get("id");
        Map<String, Object> ended = order("YRO", "2022-06-01", "2023-06-01");
        ended.put("intervention_ref", yro.get("intervention_ref"));
        ended.put("version", 0);
        http().exchange(HttpRequest.PUT(one, ended).bearerAuth(
                token(http(), "southampton", "case.manager")));
        assertEquals(HttpStatus.CONFLICT,
                failure(http(), HttpRequest.DELETE(one + "?version=0"), "southampton").getStatus());
        assertEquals("2023-06-01", get(http(), "southampton", one).get("end_date"));
        assertEquals(HttpStatus.NO_CONTENT, http().exchange(HttpRequest.DELETE(
                one + "?version=1").bearerAuth(token(http(), "southampton",
                "case.manager"))).getStatus());
    }

    @Test
    void answersNotFoundForAnotherTenantsOrders() {
        Map<String, Object> child = createChild(http(), "portsmouth");
        Map<String, Object> yro = post(http(), "portsmouth", "/api/v1/children/" + child.get("id") + "/interventions",
                order("YRO", "2022-06-01", null));
        Map<String, Object> req = post(http(), "portsmouth", "/api/v1/interventions/" + yro.get("id") + "/requirements",
                Map.of("requirement", "curfew"));
        for (io.micronaut.http.MutableHttpRequest<?> r : List.of(
                HttpRequest.GET("/api/v1/children/" + child.get("id") + "/interventions"),
                HttpRequest.GET("/api/v1/interventions/" + yro.get("id")),
                HttpRequest.POST("/api/v1/interventions/" + yro.get("id") + "/requirements", Map.of("requirement", "curfew")),
                HttpRequest.DELETE("/api/v1/requirements/" + req.get("id")),
                HttpRequest.DELETE("/api/v1/interventions/" + yro.get("id")))) {
            assertEquals(HttpStatus.NOT_FOUND, failure(http(), r, "southampton").getStatus(), r.getPath());
        }
        assertEquals(1, ((List<?>) get(http(), "portsmouth", "/api/v1/interventions/" + yro.get("id")).get("requirements")).size());
    }
}
