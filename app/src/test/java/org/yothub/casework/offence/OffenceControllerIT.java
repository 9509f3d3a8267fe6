package org.yothub.casework.offence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yothub.casework.CaseworkFixtures.createChild;
import static org.yothub.casework.CaseworkFixtures.createOffence;
import static org.yothub.casework.CaseworkFixtures.failure;
import static org.yothub.casework.CaseworkFixtures.fieldRules;
import static org.yothub.casework.CaseworkFixtures.get;
import static org.yothub.casework.CaseworkFixtures.getList;
import static org.yothub.casework.CaseworkFixtures.offenceForm;
import static org.yothub.casework.CaseworkFixtures.outcomeForm;
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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yothub.casework.CaseworkFixtures;

@MicronautTest(transactional = false)
class OffenceControllerIT {
    @Inject
    @Client("/")
    HttpClient client;

    private BlockingHttpClient http() {
        return client.toBlocking();
    }

    @Test
    void refusesUnauthenticatedRequests() {
        Map<String, Object> child = createChild(http(), "southampton");
        Map<String, Object> offence = createOffence(http(), "southampton", child.get("id"), "YC");
        for (HttpRequest<?> r : List.of(HttpRequest.GET("/api/v1/children/" + child.get("id") + "/offences"),
                HttpRequest.POST("/api/v1/children/" + child.get("id") + "/offences", offenceForm("X", "2022-01-01")),
                HttpRequest.GET("/api/v1/offences/" + offence.get("id")),
                HttpRequest.PUT("/api/v1/offences/" + offence.get("id") + "/outcome", outcomeForm("YC", "2022-01-01", null)),
                HttpRequest.DELETE("/api/v1/offences/" + offence.get("id")))) {
            HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http().exchange(r));
            assertEquals(HttpStatus.UNAUTHORIZED, e.getStatus(), r.getPath());
        }
    }

    @Test
    void recordsAnOffenceWithItsOutcomeAndListsIt() {
        Map<String, Object> child = createChild(http(), "southampton");
        Map<String, Object> form = offenceForm(unique("OF"), "2023-01-10");
        form.put("serious_violence", true);
        form.put("gravity_score", 6);
        form.put("outcome", outcomeForm("DTO", "2023-04-01", "2023-10-01"));
        Map<String, Object> created = post(http(), "southampton", "/api/v1/children/" + child.get("id") + "/offences", form);
        assertEquals(14, ((Number) created.get("age_at_offence")).intValue());
        @SuppressWarnings("unchecked")
        Map<String, Object> outcome = (Map<String, Object>) created.get("outcome");
        assertEquals("DTO", outcome.get("outcome_code"));
        assertEquals(true, outcome.get("custodial"));
        assertEquals("2023-10-01", outcome.get("release_date"));
        List<Map<String, Object>> listed = getList(http(), "southampton", "/api/v1/children/" + child.get("id") + "/offences");
        assertEquals(1, listed.size());
        assertEquals(true, listed.get(0).get("serious_violence"));
    }

    @Test
    void rejectsAnOffenceBeforeTheTenthBirthday() {
        Map<String, Object> child = createChild(http(), "southampton");
        HttpClientResponseException e = failure(http(), HttpRequest.POST("/api/v1/children/" + child.get("id") + "/offences",
                offenceForm(unique("OF"), "2018-05-16")), "southampton");
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        assertEquals(List.of("offence_date:min_age_at_offence"), fieldRules(e));
        assertTrue(CaseworkFixtures.problem(e).get("detail").toString().contains("under 10"));
        Map<String, Object> onBirthday = post(http(), "southampton", "/api/v1/children/" + child.get("id") + "/offences",
                offenceForm(unique("OF"), "2018-05-17"));
        assertEquals(10, ((Number) onBirthday.get("age_at_offence")).intValue());
    }

    @Test
    void rejectsAnOutcomeBeforeItsOffenceAnUnknownCodeAndAReleaseDateOnACommunityOutcome() {
        Map<String, Object> child = createChild(http(), "southampton");
        Map<String, Object> offence = post(http(), "southampton", "/api/v1/children/" + child.get("id") + "/offences",
                offenceForm(unique("OF"), "2022-03-01"));
        String path = "/api/v1/offences/" + offence.get("id") + "/outcome";
        assertEquals(List.of("outcome_date:not_before_offence"), fieldRules(failure(http(),
                HttpRequest.PUT(path, outcomeForm("YC", "2022-02-28", null)), "southampton")));
        assertEquals(List.of("outcome_code:unknown_code"), fieldRules(failure(http(),
                HttpRequest.PUT(path, outcomeForm("NO_SUCH_CODE", "2022-04-01", null)), "southampton")));
        assertEquals(List.of("outcome_code:code_not_in_force"), fieldRules(failure(http(),
                HttpRequest.PUT(path, outcomeForm("REPRIMAND", "2022-04-01", null)), "southampton")));
        assertEquals(List.of("release_date:custodial_only"), fieldRules(failure(http(),
                HttpRequest.PUT(path, outcomeForm("YRO", "2022-04-01", "2022-09-01")), "southampton")));
        assertEquals(List.of("release_date:not_before_outcome"), fieldRules(failure(http(),
                HttpRequest.PUT(path, outcomeForm("DTO", "2022-04-01", "2022-03-15")), "southampton")));
        assertNull(get(http(), "southampton", "/api/v1/offences/" + offence.get("id")).get("outcome"));
    }

    @Test
    void changesAnOutcomeWithItsVersionAndRefusesAStaleOne() {
        Map<String, Object> child = createChild(http(), "southampton");
        Map<String, Object> offence = createOffence(http(), "southampton", child.get("id"), "RO");
        String path = "/api/v1/offences/" + offence.get("id") + "/outcome";
        Map<String, Object> change = outcomeForm("YRO", "2022-07-01", null);
        assertEquals(List.of("version:required"), fieldRules(failure(http(), HttpRequest.PUT(path, change), "southampton")));
        change.put("version", 0);
        Map<String, Object> changed = http().retrieve(HttpRequest.PUT(path, change)
                .bearerAuth(CaseworkFixtures.token(http(), "southampton", "case.manager")), CaseworkFixtures.MAP);
        assertEquals("YRO", changed.get("outcome_code"));
        assertEquals(HttpStatus.CONFLICT, failure(http(), HttpRequest.PUT(path, change), "southampton").getStatus());
    }

    @Test
    void updatesAnOffenceButNotToAfterItsOutcome() {
        Map<String, Object> child = createChild(http(), "southampton");
        Map<String, Object> offence = createOffence(http(), "southampton", child.get("id"), "YC");
        Map<String, Object> form = offenceForm(offence.get("offence_ref").toString(), "2022-07-01");
        form.put("version", 0);
        assertEquals(List.of("offence_date:not_after_outcome"), fieldRules(failure(http(),
                HttpRequest.PUT("/api/v1/offences/" + offence.get("id"), form), "southampton")));
        form.put("offence_date", "2022-02-01");
        form.put("category", "criminal_damage");
        Map<String, Object> updated = http().retrieve(HttpRequest.PUT("/api/v1/offences/" + offence.get("id"), form)
                .bearerAuth(CaseworkFixtures.token(http(), "southampton", "case.manager")), CaseworkFixtures.MAP);
        assertEquals("criminal_damage", updated.get("category"));
        form.put("category", "robbery");
        assertEquals(HttpStatus.CONFLICT, failure(http(), HttpRequest.PUT("/api/v1/offences/" + offence.get("id"), form),
                "southampton").getStatus());
    }

    @Test
    void rejectsAGravityScoreOutOfRangeAndADuplicateReference() {
        Map<String, Object> child = createChild(http(), "southampton");
        Map<String, Object> form = offenceForm(unique("OF"), "2022-03-01");
        form.put("gravity_score", 9);
        assertEquals(List.of("gravity_score:max"), fieldRules(failure(http(),
                HttpRequest.POST("/api/v1/children/" + child.get("id") + "/offences", form), "southampton")));
        Map<String, Object> offence = createOffence(http(), "southampton", child.get("id"), "YC");
        assertEquals(List.of("offence_ref:unique"), fieldRules(failure(http(), HttpRequest.POST("/api/v1/children/"
                + child.get("id") + "/offences", offenceForm(offence.get("offence_ref").toString(), "2022-03-01")), "southampton")));
    }

    @Test
    void refusesADeleteOfAnOlderVersionOfAnOffenceOrOutcome() {
        Map<String, Object> child = createChild(http(), "southampton");
        Map<String, Object> offence = createOffence(http(), "southampton", child.get("id"), "RO");
        String one = "/api/v1/offences/" + offence.get("id");
        Map<String, Object> change = outcomeForm("YRO", "2022-07-01", null);
        change.put("version", 0);
        http().exchange(HttpRequest.PUT(one + "/outcome", change).bearerAuth(CaseworkFixtures.token(http(), "southampton",
                "case.manager")));
        HttpClientResponseException stale = failure(http(), HttpRequest.DELETE(one + "/outcome?version=0"), "southampton");
        assertEquals(HttpStatus.CONFLICT, stale.getStatus());
        assertEquals("YRO", ((Map<?, ?>) CaseworkFixtures.get(http(), "southampton", one).get("outcome")).get("outcome_code"));
        Map<String, Object> form = offenceForm(offence.get("offence_ref").toString(), "2022-02-01");
        form.put("version", 0);
        http().exchange(HttpRequest.PUT(one, form).bearerAuth(CaseworkFixtures.token(http(), "southampton", "case.manager")));
        assertEquals(HttpStatus.CONFLICT, failure(http(), HttpRequest.DELETE(one + "?version=0"), "southampton").getStatus());
        assertEquals(HttpStatus.BAD_REQUEST, failure(http(), HttpRequest.DELETE(one + "?version=latest"), "southampton")
                .getStatus()); // not a number: refused, never a 500
        assertEquals(HttpStatus.OK, http().exchange(HttpRequest.GET(one).bearerAuth(CaseworkFixtures.token(http(),
                "southampton", "case.manager"))).getStatus());
        assertEquals(HttpStatus.NO_CONTENT, http().exchange(HttpRequest.DELETE(one + "?version=1").bearerAuth(
                CaseworkFixtures.token(http(), "southampton", "team.manager"))).getStatus());
    }

    @Test
    void deletesAnOffenceAndItsOutcome() throws Exception {
        Map<String, Object> child = createChild(http(), "southampton");
        Map<String, Object> offence = createOffence(http(), "southampton", child.get("id"), "YC");
        http().exchange(HttpRequest.DELETE("/api/v1/offences/" + offence.get("id"))
                .bearerAuth(CaseworkFixtures.token(http(), "southampton", "team.manager")));
        assertEquals(HttpStatus.NOT_FOUND, failure(http(), HttpRequest.GET("/api/v1/offences/" + offence.get("id")),
                "southampton").getStatus());
        assertEquals(0L, CaseworkFixtures.scalar("southampton", "SELECT count(*) FROM outcome WHERE offence_id = ?",
                java.util.UUID.fromString(offence.get("id").toString())));
        assertEquals(List.of("create/success", "delete/success", "view/not_found"),
                CaseworkFixtures.audit("southampton", "offence", offence.get("id")).stream()
                        .filter(a -> !a.startsWith("view/success")).toList());
    }

    @Test
    void answersNotFoundForAnotherTenantsChildAndOffence() {
        Map<String, Object> child = createChild(http(), "portsmouth");
        Map<String, Object> offence = createOffence(http(), "portsmouth", child.get("id"), "YC");
        for (io.micronaut.http.MutableHttpRequest<?> r : List.of(
                HttpRequest.GET("/api/v1/children/" + child.get("id") + "/offences"),
                HttpRequest.POST("/api/v1/children/" + child.get("id") + "/offences", offenceForm(unique("OF"), "2022-03-01")),
                HttpRequest.GET("/api/v1/offences/" + offence.get("id")),
                HttpRequest.PUT("/api/v1/offences/" + offence.get("id") + "/outcome", outcomeForm("YC", "2022-05-01", null)),
                HttpRequest.DELETE("/api/v1/offences/" + offence.get("id") + "/outcome"),
                HttpRequest.DELETE("/api/v1/offences/" + offence.get("id")))) {
            assertEquals(HttpStatus.NOT_FOUND, failure(http(), r, "southampton").getStatus(), r.getMethod() + " " + r.getPath());
        }
        assertEquals("YC", ((Map<?, ?>) get(http(), "portsmouth", "/api/v1/offences/" + offence.get("id")).get("outcome")).get("outcome_code"));
    }
}
