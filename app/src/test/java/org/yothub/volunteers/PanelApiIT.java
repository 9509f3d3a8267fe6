package org.yothub.volunteers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yothub.volunteers.VolunteerApiIT.firstError;
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
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest
class PanelApiIT {
    @Inject
    @Client("/")
    HttpClient client;
    BlockingHttpClient http;
    VolunteerFixtures fx;
    String officer;

    @BeforeEach
    void setUp() {
        http = client.toBlocking();
        fx = new VolunteerFixtures(http, "southampton");
        officer = fx.officerId();
    }

    private Map<String, Object> book(Map<String, Object> body) {
        return http.retrieve(fx.as(HttpRequest.POST("/api/v1/panels", body)), MAP);
    }

    private HttpClientResponseException refused(Map<String, Object> body) {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.exchange(fx.as(HttpRequest.POST("/api/v1/panels", body))));
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        return e;
    }

    @Test
    void refusesUnauthenticatedRequests() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.exchange(HttpRequest.GET("/api/v1/panels")));
        assertEquals(HttpStatus.UNAUTHORIZED, e.getStatus());
    }

    @Test
    void booksAPanelWithAChairAMemberAndAnOfficer() {
        Object chair = fx.panelChair().get("id");
        Object member = fx.panelMember().get("id");
        LocalDate day = VolunteerFixtures.nextPanelDay();
        HttpResponse<Map<String, Object>> created = http.exchange(fx.as(HttpRequest.POST("/api/v1/panels",
                VolunteerFixtures.panelBody(day, "18:00", "19:30", officer, chair, member))), MAP);
        assertEquals(HttpStatus.CREATED, created.getStatus());
        Map<String, Object> panel = created.body();
        assertEquals("scheduled", panel.get("status"));
        List<?> members = (List<?>) panel.get("members");
        assertEquals(2, members.size());
        assertEquals(true, ((Map<?, ?>) members.get(0)).get("chair"));
        List<Map<String, Object>> rota = http.retrieve(fx.as(HttpRequest.GET("/api/v1/panels?from=" + day + "&to=" + day)), LIST);
        assertTrue(rota.stream().anyMatch(p -> p.get("id").equals(panel.get("id"))));
    }

    @Test
    void refusesAPanelWithOneMember() {
        Object member = fx.panelMember().get("id");
        HttpClientResponseException e = refused(VolunteerFixtures.panelBody(VolunteerFixtures.nextPanelDay(), "18:00",
                "19:30", officer, member));
        assertEquals("member_ids", firstError(e).get("field"));
        assertEquals("size", firstError(e).get("rule"));
    }

    @Test
    void refusesDoubleBookingAVolunteer() {
        Object chair = fx.panelChair().get("id");
        Object a = fx.panelMember().get("id");
        Object b = fx.panelMember().get("id");
        LocalDate day = VolunteerFixtures.nextPanelDay();
        book(VolunteerFixtures.panelBody(day, "18:00", "19:30", officer, chair, a));
        Map<String, Object> overlapping = VolunteerFixtures.panelBody(day, "19:00", "20:00", fx.officerId(), b, a);
        overlapping.put("chair_id", null);
        overlapping.put("yot_officer_id", otherOfficer());
        HttpClientResponseException e = refused(overlapping);
        assertEquals("double_booked", firstError(e).get("rule"));
        Map<String, Object> later = VolunteerFixtures.panelBody(day, "19:30", "20:30", otherOfficer(), b, a);
        later.put("chair_id", null);
        assertEquals("scheduled", book(later).get("status"));
    }

    private String otherOfficer() {
        return http.retrieve(HttpRequest.GET("/api/v1/staff").bearerAuth(fx.coordinator()), LIST).stream()
                .filter(s -> ((List<?>) s.get("roles")).contains("case_manager") && !s.get("id").equals(officer))
                .findFirst().orElseThrow().get("id").toString();
    }

    @Test
    void refusesTheSameOfficerOnTwoPanelsAtOnce() {
        LocalDate day = VolunteerFixtures.nextPanelDay();
        book(VolunteerFixtures.panelBody(day, "10:00", "11:00", officer, fx.panelChair().get("id"), fx.panelMember().get("id")));
        HttpClientResponseException e = refused(VolunteerFixtures.panelBody(day, "10:30", "11:30", officer,
                fx.panelChair().get("id"), fx.panelMember().get("id")));
        assertEquals("yot_officer_id", firstError(e).get("field"));
    }

    @Test
    void refusesAVolunteerWhoIsNotAvailableThen() {
        Map<String, Object> body = VolunteerFixtures.volunteerBody("Weekday");
        body.put("available_evenings", false);
        Object daytimeOnly = fx.clearedVolunteer(body, "community_panel_member").get("id");
        HttpClientResponseException e = refused(VolunteerFixtures.panelBody(VolunteerFixtures.nextPanelDay(), "18:00",
                "19:30", officer, fx.panelChair().get("id"), daytimeOnly));
        assertEquals("volunteer_unavailable", firstError(e).get("rule"));
    }

    @Test
    void refusesAVolunteerWhoseCheckHasExpiredByThePanelDate() {
        Object id = fx.volunteer().get("id");
        fx.addDbs(id, LocalDate.now().minusYears(3).plusMonths(1));
        fx.addTraining(id, "yjb_panel", null);
        fx.addTraining(id, "role", "community_panel_member");
        fx.assign(id, "community_panel_member");
        HttpClientResponseException e = refused(VolunteerFixtures.panelBody(VolunteerFixtures.nextPanelDay(), "18:00",
                "19:30", officer, fx.panelChair().get("id"), id));
        assertEquals("dbs_check_expired", firstError(e).get("rule"));
    }

    @Test
    void refusesAVolunteerWithoutAPanelRole() {
        Object mentor = fx.clearedVolunteer(VolunteerFixtures.volunteerBody("Mentor"), "mentor").get("id");
        HttpClientResponseException e = refused(VolunteerFixtures.panelBody(VolunteerFixtures.nextPanelDay(), "18:00",
                "19:30", officer, fx.panelChair().get("id"), mentor));
        assertEquals("role_not_held", firstError(e).get("rule"));
    }

    @Test
    void refusesAChairWhoIsNotAMemberOrHoldsNoChairRole() {
        Object a = fx.panelMember().get("id");
        Object b = fx.panelMember().get("id");
        Map<String, Object> body = VolunteerFixtures.panelBody(VolunteerFixtures.nextPanelDay(), "18:00", "19:30", officer, a, b);
        HttpClientResponseException e = refused(body);
        assertEquals("chair_id", firstError(e).get("field"));
        assertEquals("role_not_held", firstError(e).get("rule"));
        body.put("chair_id", fx.panelChair().get("id"));
        assertEquals("chair_not_member", firstError(refused(body)).get("rule"));
    }

    @Test
    void refusesAVolunteerWhoKnowsTheChild() {
        Object member = fx.panelMember().get("id");
        Object child = fx.child();
        http.exchange(fx.as(HttpRequest.POST("/api/v1/volunteers/" + member + "/conflicts",
                Map.of("child_id", child, "reason", "Same street"))));
        Map<String, Object> body = VolunteerFixtures.panelBody(VolunteerFixtures.nextPanelDay(), "18:00", "19:30", officer,
                fx.panelChair().get("id"), member);
        body.put("child_id", child);
        assertEquals("conflict_of_interest", firstError(refused(body)).get("rule"));
    }

    @Test
    void refusesAnEndBeforeTheStartAndAMissingVenue() {
        Map<String, Object> body = VolunteerFixtures.panelBody(VolunteerFixtures.nextPanelDay(), "18:00", "17:00", officer,
                fx.panelChair().get("id"), fx.panelMember().get("id"));
        assertEquals("ends_at", firstError(refused(body)).get("field"));
        body.put("ends_at", "19:00");
        body.remove("venue");
        assertEquals("venue", firstError(refused(body)).get("field"));
        body.put("virtual", true);
        assertEquals("scheduled", book(body).get("status"));
    }

    @Test
    void recordsTheOutcomeOfAPanelThatHasSat() {
        LocalDate monday = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(10);
        Map<String, Object> panel = book(VolunteerFixtures.panelBody(monday, "10:00", "11:00", officer,
                fx.panelChair().get("id"), fx.panelMember().get("id")));
        Map<String, Object> held = http.retrieve(fx.as(HttpRequest.POST("/api/v1/panels/" + panel.get("id") + "/outcome",
                Map.of("outcome", "contract_agreed", "notes", "Contract of 6 months agreed", "version", panel.get("version")))), MAP);
        assertEquals("held", held.get("status"));
        assertEquals("contract_agreed", held.get("outcome"));
    }

    @Test
    void refusesAnOutcomeBeforeThePanelSitsAndAnUnknownOutcome() {
        Map<String, Object> panel = book(VolunteerFixtures.panelBody(VolunteerFixtures.nextPanelDay(), "18:00", "19:00",
                officer, fx.panelChair().get("id"), fx.panelMember().get("id")));
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http.exchange(fx.as(
                HttpRequest.POST("/api/v1/panels/" + panel.get("id") + "/outcome",
                        Map.of("outcome", "contract_agreed", "version", panel.get("version"))))));
        assertEquals("not_yet_sat", firstError(e).get("rule"));
        e = assertThrows(HttpClientResponseException.class, () -> http.exchange(fx.as(
                HttpRequest.POST("/api/v1/panels/" + panel.get("id") + "/outcome",
                        Map.of("outcome", "won", "version", panel.get("version"))))));
        assertEquals("outcome", firstError(e).get("field"));
    }

    @Test
    void reschedulesWithTheVersionReadAndCancels() {
        Object chair = fx.panelChair().get("id");
        Object member = fx.panelMember().get("id");
        LocalDate day = VolunteerFixtures.nextPanelDay();
        Map<String, Object> panel = book(VolunteerFixtures.panelBody(day, "18:00", "19:00", officer, chair, member));
        Map<String, Object> body = VolunteerFixtures.panelBody(day, "18:30", "19:30", officer, chair, member);
        body.put("version", panel.get("version"));
        Map<String, Object> moved = http.retrieve(fx.as(HttpRequest.PUT("/api/v1/panels/" + panel.get("id"), body)), MAP);
        assertEquals("18:30:00", moved.get("starts_at"));
        HttpClientResponseException stale = assertThrows(HttpClientResponseException.class,
                () -> http.exchange(fx.as(HttpRequest.PUT("/api/v1/panels/" + panel.get("id"), body))));
        assertEquals(HttpStatus.CONFLICT, stale.getStatus());
        Map<String, Object> cancelled = http.retrieve(fx.as(HttpRequest.POST("/api/v1/panels/" + panel.get("id") + "/cancel",
                Map.of("version", moved.get("version")))), MAP);
        assertEquals("cancelled", cancelled.get("status"));
    }

    @Test
    void answersNotFoundForAnUnknownPanelOrOfficer() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.exchange(fx.as(HttpRequest.GET("/api/v1/panels/" + java.util.UUID.randomUUID()))));
        assertEquals(HttpStatus.NOT_FOUND, e.getStatus());
        HttpClientResponseException officerMissing = assertThrows(HttpClientResponseException.class, () -> http.exchange(
                fx.as(HttpRequest.POST("/api/v1/panels", VolunteerFixtures.panelBody(VolunteerFixtures.nextPanelDay(), "18:00",
                        "19:00", java.util.UUID.randomUUID().toString(), fx.panelChair().get("id"), fx.panelMember().get("id"))))));
        assertEquals(HttpStatus.NOT_FOUND, officerMissing.getStatus());
    }
}
