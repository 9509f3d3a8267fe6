package org.yothub.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yothub.testing.TestSessions;

@MicronautTest(transactional = false)
class BoardMeetingIT {
    @Inject
    @Client("/")
    HttpClient http;

    private String token(String tenant, String user) {
        return TestSessions.token(http.toBlocking(), tenant, user);
    }

    @Test
    @SuppressWarnings("unchecked")
    void recordsAMeetingThatCountsTowardsKpiSeven() {
        Map<String, Object> body = Map.of("meeting_date", "2019-05-14", "attendance", List.of(
                Map.of("partner", "police", "senior_attended", true), Map.of("partner", "health", "senior_attended", false)));
        HttpResponse<Map> created = http.toBlocking().exchange(HttpRequest.POST("/api/v1/board-meetings", body)
                .bearerAuth(token("leicestershire", "yot.manager")), Map.class);
        assertEquals(HttpStatus.CREATED, created.getStatus());
        Map<String, Object> kpis = http.toBlocking().retrieve(HttpRequest.GET("/api/v1/measures/kpis?period=FY2019-20-Q1")
                .bearerAuth(token("leicestershire", "yot.manager")), Map.class);
        Map<String, Object> kpi7 = ((List<Map<String, Object>>) kpis.get("kpis")).get(6);
        Map<String, Object> police = ((List<Map<String, Object>>) kpi7.get("measures")).stream()
                .filter(m -> m.get("name").equals("police_senior_attendance")).findFirst().orElseThrow();
        assertTrue(((Number) police.get("numerator")).intValue() >= 1);
    }

    @Test
    void rejectsAnUnknownPartnerNamingTheField() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.POST("/api/v1/board-meetings", Map.of("meeting_date", "2019-05-14",
                        "attendance", List.of(Map.of("partner", "wizards", "senior_attended", true))))
                        .bearerAuth(token("leicestershire", "yot.manager")), Map.class));
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        assertTrue(e.getResponse().getBody(String.class).orElse("").contains("\"field\":\"partner\""));
    }

    @Test
    void keepsMeetingsInsideTheirTenant() {
        http.toBlocking().exchange(HttpRequest.POST("/api/v1/board-meetings", Map.of("meeting_date", "2020-01-02",
                "attendance", List.of(Map.of("partner", "probation", "senior_attended", true)))).bearerAuth(token("portsmouth", "yot.manager")));
        List<Map> mine = http.toBlocking().retrieve(HttpRequest.GET("/api/v1/board-meetings").bearerAuth(token("portsmouth", "board")),
                Argument.listOf(Map.class));
        List<Map> theirs = http.toBlocking().retrieve(HttpRequest.GET("/api/v1/board-meetings").bearerAuth(token("southampton", "board")),
                Argument.listOf(Map.class));
        assertTrue(mine.stream().anyMatch(m -> "2020-01-02".equals(m.get("meeting_date"))));
        assertTrue(theirs.stream().noneMatch(m -> mine.stream().anyMatch(x -> x.get("id").equals(m.get("id")))));
        assertEquals(HttpStatus.UNAUTHORIZED, assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.GET("/api/v1/board-meetings"))).getStatus());
    }
}
