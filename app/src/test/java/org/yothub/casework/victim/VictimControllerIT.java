package org.yothub.casework.victim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.yothub.casework.CaseworkFixtures.createChild;
import static org.yothub.casework.CaseworkFixtures.createOffence;
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
class VictimControllerIT {
    @Inject
    @Client("/")
    HttpClient client;

    private BlockingHttpClient http() {
        return client.toBlocking();
    }

    private static Map<String, Object> victim(Boolean offered, Boolean engaged, String type) {
        Map<String, Object> f = new HashMap<>();
        f.put("victim_ref", unique("V"));
        f.put("consented_to_contact", true);
        f.put("offered_rj", offered);
        f.put("engaged_rj", engaged);
        if (type != null) {
            f.put("rj_type", type);
        }
        f.put("satisfied", true);
        return f;
    }

    @Test
    void refusesUnauthenticatedRequests() {
        Map<String, Object> child = createChild(http(), "southampton");
        Map<String, Object> offence = createOffence(http(), "southampton", child.get("id"), "RO");
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http().exchange(
                HttpRequest.GET("/api/v1/offences/" + offence.get("id") + "/victims")));
        assertEquals(HttpStatus.UNAUTHORIZED, e.getStatus());
    }

    @Test
    void recordsVictimsOfAnOffenceAndListsThemForTheChild() throws Exception {
        Map<String, Object> child = createChild(http(), "southampton");
        Map<String, Object> offence = createOffence(http(), "southampton", child.get("id"), "RO");
        Map<String, Object> v = post(http(), "southampton", "/api/v1/offences/" + offence.get("id") + "/victims",
                victim(true, true, "shuttle_mediation"));
        assertEquals("Shuttle mediation", v.get("rj_type_label"));
        List<Map<String, Object>> forChild = getList(http(), "southampton", "/api/v1/children/" + child.get("id") + "/victims");
        assertEquals(1, forChild.size());
        assertEquals(offence.get("offence_ref"), forChild.get(0).get("offence_ref"));
        assertEquals(List.of("create/success"), CaseworkFixtures.audit("southampton", "victim", v.get("id")));
    }

    @Test
    void rejectsEngagementWithoutAnOfferAndATypeWithoutEngagement() {
        Map<String, Object> child = createChild(http(), "southampton");
        Map<String, Object> offence = createOffence(http(), "southampton", child.get("id"), "RO");
        String path = "/api/v1/offences/" + offence.get("id") + "/victims";
        assertEquals(List.of("engaged_rj:requires_offer"), fieldRules(failure(http(),
                HttpRequest.POST(path, victim(false, true, null)), "southampton")));
        assertEquals(List.of("rj_type:requires_engagement"), fieldRules(failure(http(),
                HttpRequest.POST(path, victim(true, false, "letter")), "southampton")));
        assertEquals(List.of("rj_type:pattern"), fieldRules(failure(http(),
                HttpRequest.POST(path, victim(true, true, "hug")), "southampton")));
    }

    @Test
    void answersNotFoundForAnotherTenantsVictim() {
        Map<String, Object> child = createChild(http(), "portsmouth");
        Map<String, Object> offence = createOffence(http(), "portsmouth", child.get("id"), "RO");
        Map<String, Object> v = post(http(), "portsmouth", "/api/v1/offences/" + offence.get("id") + "/victims",
                victim(true, false, null));
        Map<String, Object> form = victim(true, false, null);
        form.put("version", 0);
        for (io.micronaut.http.MutableHttpRequest<?> r : List.of(HttpRequest.GET("/api/v1/victims/" + v.get("id")),
                HttpRequest.PUT("/api/v1/victims/" + v.get("id"), form),
                HttpRequest.DELETE("/api/v1/victims/" + v.get("id")),
                HttpRequest.POST("/api/v1/offences/" + offence.get("id") + "/victims", victim(true, false, null)),
                HttpRequest.GET("/api/v1/children/" + child.get("id") + "/victims"))) {
            assertEquals(HttpStatus.NOT_FOUND, failure(http(), r, "southampton").getStatus(), r.getPath());
        }
    }

    @Test
    void refusesADeleteOfAnOlderVersionAndDeletesTheCurrentOne() {
        Map<String, Object> child = createChild(http(), "southampton");
        Map<String, Object> offence = createOffence(http(), "southampton", child.get("id"), "RO");
        Map<String, Object> form = victim(false, null, null);
        Map<String, Object> v = post(http(), "southampton", "/api/v1/offences/" + offence.get("id") + "/victims", form);
        form.put("offered_rj", true);
        form.put("version", 0);
        http().exchange(CaseworkFixtures.as(HttpRequest.PUT("/api/v1/victims/" + v.get("id"), form), http(), "southampton", "case.manager"));
        HttpClientResponseException stale = failure(http(), HttpRequest.DELETE("/api/v1/victims/" + v.get("id") + "?version=0"), "southampton");
        assertEquals(HttpStatus.CONFLICT, stale.getStatus());
        assertEquals(true, CaseworkFixtures.get(http(), "southampton", "/api/v1/victims/" + v.get("id")).get("offered_rj"));
        assertEquals(HttpStatus.NO_CONTENT, http().exchange(CaseworkFixtures.as(HttpRequest.DELETE("/api/v1/victims/" + v.get("id")
                + "?version=1"), http(), "southampton", "case.manager")).getStatus());
        assertEquals(HttpStatus.NOT_FOUND, failure(http(), HttpRequest.GET("/api/v1/victims/" + v.get("id")), "southampton").getStatus());
    }
}
