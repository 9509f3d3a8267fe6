package org.yothub.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yothub.testing.Database;
import org.yothub.testing.TestSessions;

@MicronautTest(transactional = false)
class MeasuresControllerIT {
    @Inject
    @Client("/")
    HttpClient http;

    @SuppressWarnings("unchecked")
    private Map<String, Object> get(String path, String tenant, String user) {
        return http.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(TestSessions.token(http.toBlocking(), tenant, user)), Map.class);
    }

    private HttpClientResponseException fails(String path, String tenant, String user) {
        return assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.GET(path).bearerAuth(TestSessions.token(http.toBlocking(), tenant, user)), String.class));
    }

    @Test
    void answersTheFirstTimeEntrantsContract() {
        Map<String, Object> r = get("/api/v1/measures/first-time-entrants?period=FY2023-24&as_of=2024-06-30", "southampton", "performance");
        assertEquals(Set.of("period", "count", "population", "rate_per_100k"), r.keySet());
        assertEquals("FY2023-24", r.get("period"));
    }

    @Test
    void answersTheReoffendingContract() {
        Map<String, Object> r = get("/api/v1/measures/reoffending?cohort=FY2023-24-Q1", "southampton", "performance");
        assertTrue(r.keySet().containsAll(Set.of("cohort", "cohort_size", "reoffenders", "reoffences", "binary_rate",
                "frequency_rate", "reoffences_per_reoffender", "final")), r.keySet().toString());
    }

    @Test
    void answersTheCustodyDisposalsAndKpiContracts() {
        Map<String, Object> custody = get("/api/v1/measures/custody?period=FY2023-24", "portsmouth", "yot.manager");
        assertTrue(custody.keySet().containsAll(Set.of("period", "custodial_sentences", "court_sentences", "population",
                "rate_per_1000", "percent_of_court_sentences")));
        Map<String, Object> disposals = get("/api/v1/measures/disposals?period=FY2023-24", "portsmouth", "yot.manager");
        List<?> groups = (List<?>) disposals.get("groups");
        assertEquals(5, groups.size());
        assertTrue(((Map<?, ?>) groups.get(0)).keySet().containsAll(Set.of("group", "disposals", "children", "percent")));
        Map<String, Object> kpis = get("/api/v1/measures/kpis?period=FY2023-24-Q1", "portsmouth", "board");
        assertEquals(10, ((List<?>) kpis.get("kpis")).size());
        Map<String, Object> eoi = get("/api/v1/measures/end-of-intervention?period=FY2023-24", "portsmouth", "team.manager");
        assertTrue(eoi.containsKey("ete_suitable") && eoi.containsKey("accommodation_suitable"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"period=2023", "period=FY2023-25", "period=FY2023-24-Q9", "period="})
    void rejectsAMalformedPeriodNamingTheAcceptedForms(String query) {
        HttpClientResponseException e = fails("/api/v1/measures/custody?" + query, "southampton", "performance");
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        String body = e.getResponse().getBody(String.class).orElse("");
        assertTrue(body.contains("\"field\":\"period\"") && body.contains("FY2023-24-Q1"), body);
    }

    @Test
    void rejectsAMalformedCohortAndAsOf() {
        assertTrue(fails("/api/v1/measures/reoffending?cohort=Q1", "southampton", "performance").getResponse()
                .getBody(String.class).orElse("").contains("\"field\":\"cohort\""));
        assertTrue(fails("/api/v1/measures/reoffending?cohort=FY2023-24&as_of=31/03/2024", "southampton", "performance")
                .getResponse().getBody(String.class).orElse("").contains("\"field\":\"as_of\""));
    }

    @Test
    void refusesAnonymousCrossTenantAndVolunteerUsers() {
        assertEquals(HttpStatus.UNAUTHORIZED, assertThrows(HttpClientResponseException.class, () -> http.toBlocking()
                .exchange(HttpRequest.GET("/api/v1/measures/custody?period=FY2023-24"))).getStatus());
        assertEquals(HttpStatus.FORBIDDEN, fails("/api/v1/measures/custody?period=FY2023-24", null, "peer.reviewer").getStatus());
        assertEquals(HttpStatus.FORBIDDEN, fails("/api/v1/measures/custody?period=FY2023-24", null, "oversight").getStatus());
        assertEquals(HttpStatus.FORBIDDEN, fails("/api/v1/measures/custody?period=FY2023-24", "southampton", "volunteers").getStatus());
    }

    @Test
    void showsTheLiveTrackerToManagersOnlyAndAuditsIt() throws Exception {
        assertEquals(HttpStatus.FORBIDDEN, fails("/api/v1/measures/reoffending/live-tracker?cohort=FY2023-24", "leicestershire", "case.manager").getStatus());
        Map<String, Object> tracker = get("/api/v1/measures/reoffending/live-tracker?cohort=FY2023-24", "leicestershire", "team.manager");
        assertTrue(tracker.containsKey("summary") && tracker.containsKey("children"));
        try (Connection c = Database.owner()) {
            c.createStatement().execute("SELECT set_config('app.tenant_id', 'leicestershire', false)");
            try (ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM audit_event WHERE tenant_id = 'leicestershire' "
                    + "AND entity_type = 'reoffending_cohort' AND entity_id = 'FY2023-24' AND action = 'view'")) {
                rs.next();
                assertTrue(rs.getInt(1) >= 1, "audit rows: " + rs.getInt(1));
            }
        }
    }
}
