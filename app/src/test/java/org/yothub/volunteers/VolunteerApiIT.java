package org.yothub.volunteers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yothub.volunteers.VolunteerFixtures.LIST;
import static org.yothub.volunteers.VolunteerFixtures.MAP;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest
class VolunteerApiIT {
    @Inject
    @Client("/")
    HttpClient client;
    BlockingHttpClient http;
    VolunteerFixtures fx;

    @BeforeEach
    void setUp() {
        http = client.toBlocking();
        fx = new VolunteerFixtures(http, "southampton");
    }

    static Map<String, Object> problem(HttpClientResponseException e) {
        return e.getResponse().getBody(MAP).orElseThrow();
    }

    static Map<?, ?> firstError(HttpClientResponseException e) {
        return (Map<?, ?>) ((List<?>) problem(e).get("errors")).get(0);
    }

    @Test
    void refusesUnauthenticatedRequests() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.exchange(HttpRequest.GET("/api/v1/volunteers")));
        assertEquals(HttpStatus.UNAUTHORIZED, e.getStatus());
    }

    @Test
    void registersAndReadsAVolunteerWithANumberedReference() {
        HttpResponse<Map<String, Object>> created = http.exchange(fx.as(HttpRequest.POST("/api/v1/volunteers",
                VolunteerFixtures.volunteerBody("Robin"))), MAP);
        assertEquals(HttpStatus.CREATED, created.getStatus());
        Map<String, Object> v = created.body();
        assertTrue(v.get("volunteer_ref").toString().matches("V-\\d{4}"));
        Map<String, Object> read = http.retrieve(fx.as(HttpRequest.GET("/api/v1/volunteers/" + v.get("id"))), MAP);
        assertEquals("Robin", read.get("given_name"));
        assertEquals(false, ((Map<?, ?>) read.get("compliance")).get("cleared"));
    }

    @Test
    void listsVolunteersFilteredByName() {
        Map<String, Object> v = fx.volunteer();
        List<Map<String, Object>> found = http.retrieve(fx.as(HttpRequest.GET("/api/v1/volunteers?q="
                + v.get("family_name"))), LIST);
        assertEquals(1, found.size());
        assertEquals(v.get("id"), found.get(0).get("id"));
    }

    @Test
    void managersReadButCannotChangeTheRegister() {
        String manager = fx.user("team.manager");
        assertEquals(HttpStatus.OK, http.exchange(HttpRequest.GET("/api/v1/volunteers").bearerAuth(manager)).getStatus());
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http.exchange(
                HttpRequest.POST("/api/v1/volunteers", VolunteerFixtures.volunteerBody("No")).bearerAuth(manager)));
        assertEquals(HttpStatus.FORBIDDEN, e.getStatus());
        HttpClientResponseException caseManager = assertThrows(HttpClientResponseException.class, () -> http.exchange(
                HttpRequest.GET("/api/v1/volunteers").bearerAuth(fx.user("case.manager"))));
        assertEquals(HttpStatus.FORBIDDEN, caseManager.getStatus());
    }

    @Test
    void rejectsAMissingGivenNameNamingTheField() {
        Map<String, Object> body = VolunteerFixtures.volunteerBody("x");
        body.remove("given_name");
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.exchange(fx.as(HttpRequest.POST("/api/v1/volunteers", body))));
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        assertEquals("given_name", firstError(e).get("field"));
    }

    @Test
    void rejectsAnUnknownStatusAndALeavingDateBeforeJoining() {
        Map<String, Object> body = VolunteerFixtures.volunteerBody("x");
        body.put("status", "retired");
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.exchange(fx.as(HttpRequest.POST("/api/v1/volunteers", body))));
        assertEquals("status", firstError(e).get("field"));
        body.put("status", "left");
        body.put("left_on", LocalDate.now().minusYears(2).toString());
        e = assertThrows(HttpClientResponseException.class,
                () -> http.exchange(fx.as(HttpRequest.POST("/api/v1/volunteers", body))));
        assertEquals("left_on", firstError(e).get("field"));
        assertEquals("left_before_joined", firstError(e).get("rule"));
    }

    @Test
    void updatesWithTheVersionReadAndAnswersConflictForAStaleOne() {
        Map<String, Object> v = fx.volunteer();
        Map<String, Object> body = VolunteerFixtures.volunteerBody("Renamed");
        body.put("family_name", v.get("family_name"));
        body.put("version", v.get("version"));
        Map<String, Object> updated = http.retrieve(fx.as(HttpRequest.PUT("/api/v1/volunteers/" + v.get("id"), body)), MAP);
        assertEquals("Renamed", updated.get("given_name"));
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.exchange(fx.as(HttpRequest.PUT("/api/v1/volunteers/" + v.get("id"), body))));
        assertEquals(HttpStatus.CONFLICT, e.getStatus());
    }

    @Test
    void refusesARoleWithoutADbsCheckNamingTheRule() {
        Object id = fx.volunteer().get("id");
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> fx.assign(id, "mentor"));
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        assertEquals("dbs_check_missing", firstError(e).get("rule"));
        assertEquals("role_code", firstError(e).get("field"));
    }

    @Test
    void refusesARoleWhenTheDbsCheckHasExpired() {
        Object id = fx.volunteer().get("id");
        fx.addDbs(id, LocalDate.now().minusYears(3).minusDays(1));
        fx.addTraining(id, "yjb_panel", null);
        fx.addTraining(id, "role", "mentor");
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> fx.assign(id, "mentor"));
        assertEquals("dbs_check_expired", firstError(e).get("rule"));
    }

    @Test
    void refusesARoleWithoutTheYjbOrRoleTraining() {
        Object id = fx.volunteer().get("id");
        fx.addDbs(id, LocalDate.now().minusMonths(10));
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> fx.assign(id, "mentor"));
        assertEquals("yjb_panel_training_missing", firstError(e).get("rule"));
        fx.addTraining(id, "yjb_panel", null);
        e = assertThrows(HttpClientResponseException.class, () -> fx.assign(id, "mentor"));
        assertEquals("role_training_missing", firstError(e).get("rule"));
        fx.addTraining(id, "role", "mentor");
        Map<String, Object> v = fx.assign(id, "mentor");
        assertEquals("mentor", ((Map<?, ?>) ((List<?>) v.get("roles")).get(0)).get("role_code"));
        assertEquals(true, ((Map<?, ?>) v.get("compliance")).get("cleared"));
    }

    @Test
    void dbsExpiryFollowsTheTenantsRenewalPeriod() {
        Object id = fx.volunteer().get("id");
        LocalDate issued = LocalDate.now().minusMonths(2);
        Map<String, Object> v = fx.addDbs(id, issued);
        Map<?, ?> check = (Map<?, ?>) ((List<?>) v.get("dbs_checks")).get(0);
        assertEquals(issued.plusYears(3).toString(), check.get("expires_on"));
    }

    @Test
    void rejectsADbsCheckIssuedInTheFuture() {
        Object id = fx.volunteer().get("id");
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> fx.addDbs(id, LocalDate.now().plusDays(3)));
        assertEquals("issued_on", firstError(e).get("field"));
    }

    @Test
    void endsARole() {
        Map<String, Object> v = fx.clearedVolunteer(VolunteerFixtures.volunteerBody("End"), "mentor");
        Map<?, ?> role = (Map<?, ?>) ((List<?>) v.get("roles")).get(0);
        Map<String, Object> ended = http.retrieve(fx.as(HttpRequest.PUT("/api/v1/volunteers/" + v.get("id")
                + "/assignments/" + role.get("id"), Map.of("ended_on", LocalDate.now().toString(),
                "version", role.get("version")))), MAP);
        assertEquals(LocalDate.now().toString(), ((Map<?, ?>) ((List<?>) ended.get("roles")).get(0)).get("ended_on"));
    }

    @Test
    void recordsAndRemovesAChildTheVolunteerKnows() {
        Object id = fx.volunteer().get("id");
        Object child = fx.child();
        Map<String, Object> v = http.retrieve(fx.as(HttpRequest.POST("/api/v1/volunteers/" + id + "/conflicts",
                Map.of("child_id", child, "reason", "Neighbour"))), MAP);
        Map<?, ?> conflict = (Map<?, ?>) ((List<?>) v.get("conflicts")).get(0);
        assertEquals(child.toString(), conflict.get("child_id"));
        Map<String, Object> after = http.retrieve(fx.as(HttpRequest.DELETE("/api/v1/volunteers/" + id + "/conflicts/"
                + conflict.get("id"))), MAP);
        assertTrue(((List<?>) after.get("conflicts")).isEmpty());
    }

    @Test
    void answersNotFoundForAConflictWithAnUnknownChild() {
        Object id = fx.volunteer().get("id");
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http.exchange(fx.as(
                HttpRequest.POST("/api/v1/volunteers/" + id + "/conflicts",
                        Map.of("child_id", java.util.UUID.randomUUID(), "reason", "x")))));
        assertEquals(HttpStatus.NOT_FOUND, e.getStatus());
    }

    @Test
    void answersBadRequestForAMalformedId() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.exchange(fx.as(HttpRequest.GET("/api/v1/volunteers/not-a-uuid"))));
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
    }

    @Test
    void keepsTheRoleListPerTenant() {
        String code = "befriender_" + Long.toString(System.nanoTime() % 100000);
        Map<String, Object> role = http.retrieve(fx.as(HttpRequest.POST("/api/v1/volunteers/roles",
                Map.of("code", code, "label", "Befriender", "panel_role", false, "chair_role", false))), MAP);
        List<Map<String, Object>> roles = http.retrieve(fx.as(HttpRequest.GET("/api/v1/volunteers/roles")), LIST);
        assertTrue(roles.stream().anyMatch(r -> code.equals(r.get("code"))));
        assertTrue(roles.stream().anyMatch(r -> "community_panel_member".equals(r.get("code"))));
        Map<String, Object> retired = http.retrieve(fx.as(HttpRequest.PUT("/api/v1/volunteers/roles/" + role.get("id"),
                Map.of("label", "Befriender", "panel_role", false, "chair_role", false, "active", false,
                        "version", role.get("version")))), MAP);
        assertFalse((Boolean) retired.get("active"));
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http.exchange(fx.as(
                HttpRequest.POST("/api/v1/volunteers/roles", Map.of("code", "Bad Code", "label", "x")))));
        assertEquals("code", firstError(e).get("field"));
    }
}
