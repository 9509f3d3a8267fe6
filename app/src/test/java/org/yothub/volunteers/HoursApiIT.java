package org.yothub.volunteers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yothub.volunteers.VolunteerApiIT.firstError;
import static org.yothub.volunteers.VolunteerFixtures.LIST;
import static org.yothub.volunteers.VolunteerFixtures.MAP;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest
class HoursApiIT {
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

    private static Map<String, Object> entry(LocalDate on, String hours, String activity, String role) {
        Map<String, Object> body = new HashMap<>();
        body.put("worked_on", on.toString());
        body.put("hours", hours);
        body.put("activity", activity);
        body.put("role_code", role);
        return body;
    }

    private BigDecimal decimal(Object o) {
        return new BigDecimal(o.toString());
    }

    @Test
    void refusesUnauthenticatedRequests() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.exchange(HttpRequest.GET("/api/v1/volunteers/hours")));
        assertEquals(HttpStatus.UNAUTHORIZED, e.getStatus());
    }

    @Test
    void logsHoursAndAddsThemToTheYearsTotalsByMonthRoleAndVolunteer() {
        Object id = fx.clearedVolunteer(VolunteerFixtures.volunteerBody("Hours"), "mentor").get("id");
        LocalDate day = LocalDate.now().minusDays(1);
        Map<String, Object> before = http.retrieve(fx.as(HttpRequest.GET("/api/v1/volunteers/hours?year=" + day.getYear())), MAP);
        assertEquals(HttpStatus.CREATED, http.exchange(fx.as(HttpRequest.POST("/api/v1/volunteers/" + id + "/hours",
                entry(day, "2.5", "mentoring", "mentor")))).getStatus());
        http.exchange(fx.as(HttpRequest.POST("/api/v1/volunteers/" + id + "/hours", entry(day, "1.25", "mentoring", "mentor"))));
        Map<String, Object> after = http.retrieve(fx.as(HttpRequest.GET("/api/v1/volunteers/hours?year=" + day.getYear())), MAP);
        assertEquals(0, decimal(before.get("total")).add(new BigDecimal("3.75")).compareTo(decimal(after.get("total"))));
        Map<?, ?> month = (Map<?, ?>) ((List<?>) after.get("by_month")).get(day.getMonthValue() - 1);
        Map<?, ?> monthBefore = (Map<?, ?>) ((List<?>) before.get("by_month")).get(day.getMonthValue() - 1);
        assertEquals(0, decimal(monthBefore.get("hours")).add(new BigDecimal("3.75")).compareTo(decimal(month.get("hours"))));
        Map<?, ?> mine = ((List<?>) after.get("by_volunteer")).stream().map(o -> (Map<?, ?>) o)
                .filter(v -> v.get("volunteer_id").equals(id)).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("3.75").compareTo(decimal(mine.get("hours"))));
        assertTrue(((List<?>) after.get("by_role")).stream().map(o -> (Map<?, ?>) o).anyMatch(r -> "mentor".equals(r.get("role_code"))));
        List<Map<String, Object>> entries = http.retrieve(fx.as(HttpRequest.GET("/api/v1/volunteers/" + id + "/hours")), LIST);
        assertEquals(2, entries.size());
    }

    @Test
    void rejectsMoreThanADaysHoursNamingTheField() {
        Object id = fx.clearedVolunteer(VolunteerFixtures.volunteerBody("Hours"), "mentor").get("id");
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http.exchange(fx.as(
                HttpRequest.POST("/api/v1/volunteers/" + id + "/hours", entry(LocalDate.now(), "30", "mentoring", "mentor")))));
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        assertEquals("hours", firstError(e).get("field"));
    }

    @Test
    void rejectsHoursInARoleTheVolunteerDoesNotHold() {
        Object id = fx.clearedVolunteer(VolunteerFixtures.volunteerBody("Hours"), "mentor").get("id");
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http.exchange(fx.as(
                HttpRequest.POST("/api/v1/volunteers/" + id + "/hours",
                        entry(LocalDate.now(), "2", "appropriate_adult", "appropriate_adult")))));
        assertEquals("role_not_held", firstError(e).get("rule"));
    }

    @Test
    void removesAnEntryLoggedInError() {
        Object id = fx.clearedVolunteer(VolunteerFixtures.volunteerBody("Hours"), "mentor").get("id");
        Map<String, Object> logged = http.retrieve(fx.as(HttpRequest.POST("/api/v1/volunteers/" + id + "/hours",
                entry(LocalDate.now(), "2", "mentoring", "mentor"))), MAP);
        assertEquals(HttpStatus.NO_CONTENT, http.exchange(fx.as(HttpRequest.DELETE("/api/v1/volunteers/" + id + "/hours/"
                + logged.get("id")))).getStatus());
        assertTrue(http.retrieve(fx.as(HttpRequest.GET("/api/v1/volunteers/" + id + "/hours")), LIST).isEmpty());
    }

    @Test
    void rejectsAYearOutOfRange() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.exchange(fx.as(HttpRequest.GET("/api/v1/volunteers/hours?year=1066"))));
        assertEquals("year", firstError(e).get("field"));
    }
}
