package org.yothub.volunteers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yothub.testing.TestSessions;

/** The volunteer pages render for the coordinator and accept (or re-render on refusal) form posts. */
@MicronautTest
class VolunteerPagesIT {
    @Inject
    @Client("/")
    HttpClient client;
    BlockingHttpClient http;
    VolunteerFixtures fx;
    static TestSessions.BrowserSession session;

    @BeforeEach
    void setUp() {
        http = client.toBlocking();
        fx = new VolunteerFixtures(http, "southampton");
        if (session == null) {
            session = TestSessions.browser(http, "southampton", "volunteers");
        }
    }

    private String page(String path) {
        return http.retrieve(HttpRequest.GET(path).cookie(session.cookie()).accept(MediaType.TEXT_HTML_TYPE), String.class);
    }

    private MutableHttpRequest<Map<String, String>> post(String path, Map<String, String> fields) {
        Map<String, String> body = new HashMap<>(fields);
        body.put("_csrf", session.csrfToken());
        return HttpRequest.POST(path, body).cookie(session.cookie()).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .accept(MediaType.TEXT_HTML_TYPE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/volunteers", "/volunteers/all", "/volunteers/all?status=active&q=a", "/volunteers/new",
            "/volunteers/panels", "/volunteers/panels/new", "/volunteers/hours", "/volunteers/summary?year=2025",
            "/volunteers/roles"})
    void rendersThePage(String path) {
        String html = page(path);
        assertTrue(html.contains("govuk-heading-xl"), path);
        assertTrue(html.contains("name=\"_csrf\""), path);
    }

    @Test
    void dashboardListsChecksExpiringWithinSixtyDays() {
        Object id = fx.volunteer().get("id");
        fx.addDbs(id, LocalDate.now().minusYears(3).plusDays(20));
        String html = page("/volunteers");
        assertTrue(html.contains("/volunteers/" + id), "the volunteer whose check expires in 20 days is listed");
        assertTrue(html.contains("Expiring soon"));
    }

    @Test
    void rendersAVolunteerAndTheirForms() {
        Map<String, Object> v = fx.clearedVolunteer(VolunteerFixtures.volunteerBody("Page"), "community_panel_member");
        String html = page("/volunteers/" + v.get("id"));
        assertTrue(html.contains(v.get("family_name").toString()));
        assertTrue(html.contains("Cleared to volunteer today"));
        assertTrue(page("/volunteers/" + v.get("id") + "/edit").contains("value=\"" + v.get("family_name") + "\""));
        assertTrue(page("/volunteers/" + v.get("id") + "/hours/new").contains("Community panel member"));
    }

    @Test
    void registersAVolunteerFromTheFormAndRedirectsToTheirPage() {
        HttpResponse<String> r = http.exchange(post("/volunteers", Map.of("given_name", "Form", "family_name", "Filled",
                "status", "applicant", "available_evenings", "true")), String.class);
        assertEquals(HttpStatus.SEE_OTHER, r.getStatus());
        String location = r.getHeaders().get("Location");
        assertTrue(location.matches("/volunteers/[0-9a-f-]{36}"), location);
        assertTrue(page(location).contains("Form Filled"));
    }

    @Test
    void reRendersTheFormWithAnErrorSummaryWhenInvalid() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http.exchange(
                post("/volunteers", Map.of("given_name", "", "family_name", "X", "status", "active",
                        "joined_on", "31/02/2024")), String.class));
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        String html = e.getResponse().getBody(String.class).orElseThrow();
        assertTrue(html.contains("govuk-error-summary"));
        assertTrue(html.contains("href=\"#joined_on\""));
    }

    @Test
    void refusesARoleOnThePageNamingTheRule() {
        Object id = fx.volunteer().get("id");
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http.exchange(
                post("/volunteers/" + id + "/assignments", Map.of("role_code", "mentor")), String.class));
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        assertTrue(e.getResponse().getBody(String.class).orElseThrow().contains("has no DBS check recorded"));
    }

    @Test
    void recordsACheckTrainingAndHoursFromThePages() {
        Object id = fx.volunteer().get("id");
        assertEquals(HttpStatus.SEE_OTHER, http.exchange(post("/volunteers/" + id + "/dbs-checks",
                Map.of("level", "enhanced_barred", "issued_on", LocalDate.now().minusDays(30).toString()))).getStatus());
        assertEquals(HttpStatus.SEE_OTHER, http.exchange(post("/volunteers/" + id + "/trainings",
                Map.of("course", "yjb_panel", "completed_on", LocalDate.now().minusDays(20).toString()))).getStatus());
        assertEquals(HttpStatus.SEE_OTHER, http.exchange(post("/volunteers/" + id + "/trainings",
                Map.of("course", "role", "role_code", "mentor", "completed_on", LocalDate.now().minusDays(20).toString()))).getStatus());
        assertEquals(HttpStatus.SEE_OTHER, http.exchange(post("/volunteers/" + id + "/assignments",
                Map.of("role_code", "mentor"))).getStatus());
        assertEquals(HttpStatus.SEE_OTHER, http.exchange(post("/volunteers/" + id + "/hours",
                Map.of("worked_on", LocalDate.now().toString(), "hours", "3", "activity", "mentoring",
                        "role_code", "mentor"))).getStatus());
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http.exchange(
                post("/volunteers/" + id + "/hours", Map.of("worked_on", LocalDate.now().toString(), "hours", "lots",
                        "activity", "mentoring", "role_code", "mentor")), String.class));
        assertTrue(e.getResponse().getBody(String.class).orElseThrow().contains("Hours must be a number"));
    }

    @Test
    void booksAPanelFromTheFormAndShowsIt() {
        Object chair = fx.panelChair().get("id");
        Object member = fx.panelMember().get("id");
        Map<String, String> form = new HashMap<>(Map.of("sits_on", VolunteerFixtures.nextPanelDay().toString(),
                "starts_at", "18:00", "ends_at", "19:30", "venue", "Civic Centre", "member_1", chair.toString(),
                "member_2", member.toString(), "chair", "member_1", "yot_officer_id", fx.officerId()));
        HttpResponse<String> r = http.exchange(post("/volunteers/panels", form), String.class);
        assertEquals(HttpStatus.SEE_OTHER, r.getStatus());
        String html = page(r.getHeaders().get("Location"));
        assertTrue(html.contains("Civic Centre"));
        assertTrue(html.contains("(chair)"));
        form.put("member_2", "");
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.exchange(post("/volunteers/panels", form), String.class));
        assertTrue(e.getResponse().getBody(String.class).orElseThrow().contains("must list exactly 2 community panel members"));
    }

    @Test
    void refusesAFormPostWithoutTheCsrfToken() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http.exchange(
                HttpRequest.POST("/volunteers", Map.of("given_name", "No", "family_name", "Token", "status", "applicant"))
                        .cookie(session.cookie()).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)));
        assertEquals(HttpStatus.FORBIDDEN, e.getStatus());
    }

    @Test
    void letsAManagerReadButNotOpenTheForms() {
        TestSessions.BrowserSession manager = TestSessions.browser(http, "southampton", "yot.manager");
        assertTrue(http.retrieve(HttpRequest.GET("/volunteers/all").cookie(manager.cookie()).accept(MediaType.TEXT_HTML_TYPE),
                String.class).contains("All volunteers"));
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http.exchange(
                HttpRequest.GET("/volunteers/new").cookie(manager.cookie()).accept(MediaType.TEXT_HTML_TYPE)));
        assertEquals(HttpStatus.FORBIDDEN, e.getStatus());
    }
}
