package org.yothub.volunteers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yothub.volunteers.VolunteerFixtures.LIST;
import static org.yothub.volunteers.VolunteerFixtures.MAP;

import io.micronaut.http.HttpRequest;
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
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.yothub.testing.TestSessions;

/** A Portsmouth coordinator can neither see nor change Southampton's volunteers, panels, hours or roles. */
@MicronautTest
class VolunteersTenantIsolationIT {
    @Inject
    @Client("/")
    HttpClient client;
    BlockingHttpClient http;
    VolunteerFixtures southampton;
    VolunteerFixtures portsmouth;

    @BeforeEach
    void setUp() {
        http = client.toBlocking();
        southampton = new VolunteerFixtures(http, "southampton");
        portsmouth = new VolunteerFixtures(http, "portsmouth");
    }

    /** Southampton rows: a cleared panel chair with hours, a conflict, and a panel. */
    private record Rows(Map<String, Object> volunteer, Map<String, Object> panel, Object hoursId, Object roleId) {
        Object id() {
            return volunteer.get("id");
        }

        Object assignmentId() {
            return ((Map<?, ?>) ((List<?>) volunteer.get("roles")).get(0)).get("id");
        }
    }

    private Rows southamptonRows() {
        Map<String, Object> chair = southampton.panelChair();
        Object member = southampton.panelMember().get("id");
        Map<String, Object> panel = http.retrieve(southampton.as(HttpRequest.POST("/api/v1/panels",
                VolunteerFixtures.panelBody(VolunteerFixtures.nextPanelDay(), "18:00", "19:00", southampton.officerId(),
                        chair.get("id"), member))), MAP);
        Map<String, Object> hours = http.retrieve(southampton.as(HttpRequest.POST("/api/v1/volunteers/" + chair.get("id")
                + "/hours", Map.of("worked_on", LocalDate.now().toString(), "hours", "2", "activity", "panel",
                "role_code", "community_panel_member"))), MAP);
        Object roleId = http.retrieve(southampton.as(HttpRequest.GET("/api/v1/volunteers/roles")), LIST).get(0).get("id");
        return new Rows(chair, panel, hours.get("id"), roleId);
    }

    private void assertNotFound(MutableHttpRequest<?> request) {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.exchange(portsmouth.as(request)), request.getPath());
        assertEquals(HttpStatus.NOT_FOUND, e.getStatus(), request.getMethodName() + " " + request.getPath());
    }

    @Test
    void everyRouteAnswersNotFoundForAnotherTenantsIds() {
        Rows r = southamptonRows();
        String v = "/api/v1/volunteers/" + r.id();
        String p = "/api/v1/panels/" + r.panel().get("id");
        List<Function<Rows, MutableHttpRequest<?>>> requests = List.of(
                x -> HttpRequest.GET(v),
                x -> HttpRequest.PUT(v, withVersion(VolunteerFixtures.volunteerBody("Taken"), x.volunteer().get("version"))),
                x -> HttpRequest.POST(v + "/dbs-checks", Map.of("level", "basic", "issued_on", LocalDate.now().toString())),
                x -> HttpRequest.POST(v + "/trainings", Map.of("course", "yjb_panel", "completed_on", LocalDate.now().toString())),
                x -> HttpRequest.POST(v + "/assignments", Map.of("role_code", "mentor")),
                x -> HttpRequest.PUT(v + "/assignments/" + x.assignmentId(), Map.of("ended_on", LocalDate.now().toString())),
                x -> HttpRequest.POST(v + "/conflicts", Map.of("child_id", java.util.UUID.randomUUID(), "reason", "x")),
                x -> HttpRequest.GET(v + "/hours"),
                x -> HttpRequest.POST(v + "/hours", Map.of("worked_on", LocalDate.now().toString(), "hours", "1",
                        "activity", "panel", "role_code", "community_panel_member")),
                x -> HttpRequest.DELETE(v + "/hours/" + x.hoursId()),
                x -> HttpRequest.GET(p),
                x -> HttpRequest.PUT(p, withVersion(VolunteerFixtures.panelBody(VolunteerFixtures.nextPanelDay(), "10:00",
                        "11:00", portsmouth.officerId(), portsmouth.panelChair().get("id"), portsmouth.panelMember().get("id")),
                        x.panel().get("version"))),
                x -> HttpRequest.POST(p + "/outcome", Map.of("outcome", "review", "version", x.panel().get("version"))),
                x -> HttpRequest.POST(p + "/cancel", Map.of("version", x.panel().get("version"))),
                x -> HttpRequest.GET("/api/v1/volunteers/roles/" + x.roleId()),
                x -> HttpRequest.PUT("/api/v1/volunteers/roles/" + x.roleId(), Map.of("label", "Taken", "version", 0)));
        for (Function<Rows, MutableHttpRequest<?>> request : requests) {
            assertNotFound(request.apply(r));
        }
        Map<String, Object> still = http.retrieve(southampton.as(HttpRequest.GET(v)), MAP);
        assertEquals(r.volunteer().get("given_name"), still.get("given_name"));
        assertEquals(1, ((List<?>) still.get("dbs_checks")).size());
    }

    private static Map<String, Object> withVersion(Map<String, Object> body, Object version) {
        body.put("version", version);
        return body;
    }

    @Test
    void refusesToBookAnotherTenantsVolunteersOrOfficer() {
        Rows r = southamptonRows();
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http.exchange(portsmouth.as(
                HttpRequest.POST("/api/v1/panels", VolunteerFixtures.panelBody(VolunteerFixtures.nextPanelDay(), "18:00",
                        "19:00", portsmouth.officerId(), r.id(), portsmouth.panelMember().get("id"))))));
        assertEquals(HttpStatus.NOT_FOUND, e.getStatus());
        e = assertThrows(HttpClientResponseException.class, () -> http.exchange(portsmouth.as(
                HttpRequest.POST("/api/v1/panels", VolunteerFixtures.panelBody(VolunteerFixtures.nextPanelDay(), "18:00",
                        "19:00", southampton.officerId(), portsmouth.panelChair().get("id"), portsmouth.panelMember().get("id"))))));
        assertEquals(HttpStatus.NOT_FOUND, e.getStatus());
    }

    @Test
    void listsNeverContainAnotherTenantsRows() {
        Rows r = southamptonRows();
        String id = r.id().toString();
        assertTrue(http.retrieve(portsmouth.as(HttpRequest.GET("/api/v1/volunteers")), LIST).stream()
                .noneMatch(x -> id.equals(x.get("id"))));
        assertTrue(http.retrieve(portsmouth.as(HttpRequest.GET("/api/v1/panels?from=" + LocalDate.now() + "&to="
                + LocalDate.now().plusYears(2))), LIST).stream().noneMatch(x -> r.panel().get("id").equals(x.get("id"))));
        Map<String, Object> totals = http.retrieve(portsmouth.as(HttpRequest.GET("/api/v1/volunteers/hours")), MAP);
        assertTrue(((List<?>) totals.get("by_volunteer")).stream().noneMatch(x -> id.equals(((Map<?, ?>) x).get("volunteer_id"))));
        assertTrue(http.retrieve(portsmouth.as(HttpRequest.GET("/api/v1/volunteers/roles")), LIST).stream()
                .noneMatch(x -> r.roleId().equals(x.get("id"))));
        Map<String, Object> dashboard = http.retrieve(portsmouth.as(HttpRequest.GET("/api/v1/volunteers/dashboard")), MAP);
        assertTrue(dashboard.toString().indexOf(id) < 0);
    }

    @Test
    void pagesAnswerNotFoundForAnotherTenantsIds() {
        Rows r = southamptonRows();
        TestSessions.BrowserSession session = TestSessions.browser(http, "portsmouth", "volunteers");
        for (String path : List.of("/volunteers/" + r.id(), "/volunteers/" + r.id() + "/edit",
                "/volunteers/" + r.id() + "/hours/new", "/volunteers/panels/" + r.panel().get("id"))) {
            HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http.exchange(
                    HttpRequest.GET(path).cookie(session.cookie()).accept(MediaType.TEXT_HTML_TYPE)));
            assertEquals(HttpStatus.NOT_FOUND, e.getStatus(), path);
        }
        assertTrue(http.retrieve(HttpRequest.GET("/volunteers/all").cookie(session.cookie()).accept(MediaType.TEXT_HTML_TYPE),
                String.class).indexOf(r.id().toString()) < 0);
    }
}
