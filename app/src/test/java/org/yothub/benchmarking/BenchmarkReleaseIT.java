package org.yothub.benchmarking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yothub.testing.CaseFixtures;
import org.yothub.testing.Database;
import org.yothub.testing.TestSessions;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BenchmarkReleaseIT {
    @Inject
    ReleaseJob job;
    @Inject
    ReleaseStore store;
    @Inject
    @Client("/")
    HttpClient http;
    UUID first;
    UUID second;

    @BeforeAll
    void twoReleases() throws Exception {
        try (CaseFixtures f = CaseFixtures.newTenant().population(2024, 20_000)) {
            for (int i = 0; i < 40; i++) {
                UUID c = f.child(LocalDate.of(2008, 1, 1).plusDays(i), i % 3 == 0 ? "Black" : "White", i % 2 == 0 ? "M" : "F");
                f.proven(c, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 20).plusDays(i), i % 5 == 0 ? "DTO" : "YC");
            }
        }
        first = job.run("test", LocalDate.of(2025, 7, 10));
        second = job.run("test", LocalDate.of(2025, 7, 10));
    }

    @Test
    void producesCompleteVersionedReleasesWithIdenticalContentForIdenticalInput() {
        ReleaseStore.Release a = store.release(first).orElseThrow();
        ReleaseStore.Release b = store.release(second).orElseThrow();
        assertEquals("complete", a.status());
        assertEquals(a.version() + 1, b.version());
        assertEquals("FY2025-26-Q1", a.lastQuarter());
        assertTrue(a.cells() > 1000);
        assertEquals(a.contentHash(), b.contentHash(), "identical input, identical release");
    }

    @Test
    void holdsOnlyAggregatesAndNoChildIdentifiers() throws Exception {
        try (Connection c = Database.owner(); ResultSet rs = c.createStatement().executeQuery("""
                SELECT count(*) FROM benchmark_cell WHERE geography_key ~ '[0-9a-f]{8}-' OR numerator !~ '^([0-9]+|\\[c\\]|\\[x\\])$'
                   OR (value IS NOT NULL AND value !~ '^([0-9]+(\\.[0-9]+)?|\\[c\\]|\\[low\\])$')""")) {
            rs.next();
            assertEquals(0, rs.getInt(1));
        }
        try (Connection c = Database.owner(); ResultSet rs = c.createStatement().executeQuery("""
                SELECT column_name FROM information_schema.columns WHERE table_name IN ('benchmark_cell','benchmark_release','benchmark_pseudonym')
                  AND (column_name LIKE '%child%' OR column_name LIKE '%birth%' OR column_name LIKE '%name%')""")) {
            assertFalse(rs.next(), "no child, birth or name columns");
        }
    }

    @Test
    void cannotBeChangedAfterwards() throws Exception {
        try (Connection c = Database.runtime()) {
            var e = assertThrows(java.sql.SQLException.class, () -> c.createStatement().executeUpdate("UPDATE benchmark_cell SET value = '1'"));
            assertEquals("42501", e.getSQLState());
        }
    }

    @Test
    void drawsPseudonymsStableWithinAReleaseAndDifferentAcrossReleases() {
        Map<String, String> a = store.pseudonyms(first);
        Map<String, String> b = store.pseudonyms(second);
        assertEquals(a, store.pseudonyms(first));
        assertEquals(a.keySet(), b.keySet());
        for (String tenant : a.keySet()) {
            assertNotEquals(a.get(tenant), b.get(tenant), tenant);
            assertFalse(a.get(tenant).toLowerCase().contains(tenant.substring(0, 2)) && a.get(tenant).length() > 6);
        }
        assertEquals(a.size(), a.values().stream().distinct().count());
    }

    @Test
    @SuppressWarnings("unchecked")
    void showsPeerReviewersOtherYotsOnlyByPseudonymAndNoDenominators() {
        String token = TestSessions.token(http.toBlocking(), null, "peer.reviewer@southampton");
        Map<String, Object> r = http.toBlocking().retrieve(HttpRequest.GET("/api/v1/benchmarking/releases/" + second
                + "/ranking?measure=custody&period=FY2024-25").bearerAuth(token), Map.class);
        List<Map<String, Object>> rows = (List<Map<String, Object>>) r.get("rows");
        Map<String, String> pseudonyms = store.pseudonyms(second);
        for (Map<String, Object> row : rows) {
            if ("tenant".equals(row.get("geography"))) {
                boolean own = Boolean.TRUE.equals(row.get("own"));
                assertTrue(own ? row.get("label").equals("Southampton Youth Offending Service") : pseudonyms.containsValue(row.get("label")), row.toString());
                assertEquals(null, row.get("denominator"));
            }
        }
        assertTrue(rows.stream().anyMatch(row -> "national".equals(row.get("geography"))));
    }

    @Test
    @SuppressWarnings("unchecked")
    void showsOversightYotsByName() {
        String token = TestSessions.token(http.toBlocking(), null, "oversight");
        Map<String, Object> r = http.toBlocking().retrieve(HttpRequest.GET("/api/v1/benchmarking/releases/" + second
                + "/ranking?measure=first_time_entrants&period=FY2025-26-Q1").bearerAuth(token), Map.class);
        assertTrue(((List<Map<String, Object>>) r.get("rows")).stream().anyMatch(row -> "Portsmouth Youth Offending Team".equals(row.get("label"))));
    }

    @Test
    void refusesUndocumentedParametersAndUnknownValues() {
        String token = TestSessions.token(http.toBlocking(), null, "oversight");
        for (String query : List.of("measure=custody&minus=southampton", "measure=custody&from=2020-01-01", "measure=everything",
                "measure=custody&period=CY2024", "measure=custody&breakdown=postcode")) {
            HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                    HttpRequest.GET("/api/v1/benchmarking/releases/" + second + "/ranking?" + query).bearerAuth(token), String.class));
            assertEquals(HttpStatus.BAD_REQUEST, e.getStatus(), query);
        }
    }

    @Test
    void keepsTenantStaffAndPeersInTheirLanes() {
        String staff = TestSessions.token(http.toBlocking(), "portsmouth", "performance");
        assertEquals(HttpStatus.FORBIDDEN, assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.GET("/api/v1/benchmarking/releases/" + second + "/ranking").bearerAuth(staff))).getStatus());
        String peer = TestSessions.token(http.toBlocking(), null, "peer.reviewer");
        assertEquals(HttpStatus.FORBIDDEN, assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.GET("/api/v1/benchmarking/comparison").bearerAuth(peer))).getStatus());
        assertEquals(HttpStatus.FORBIDDEN, assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.GET("/api/v1/staff").bearerAuth(peer))).getStatus());
        assertEquals(HttpStatus.NOT_FOUND, assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.GET("/api/v1/benchmarking/releases/" + UUID.randomUUID() + "/ranking").bearerAuth(
                        TestSessions.token(http.toBlocking(), null, "oversight")))).getStatus());
    }

    @Test
    @SuppressWarnings("unchecked")
    void showsTenantStaffOnlyTheirOwnYotAgainstAggregates() {
        String staff = TestSessions.token(http.toBlocking(), "portsmouth", "performance");
        Map<String, Object> r = http.toBlocking().retrieve(HttpRequest.GET("/api/v1/benchmarking/comparison?measure=custody").bearerAuth(staff), Map.class);
        List<Map<String, Object>> tenantRows = ((List<Map<String, Object>>) r.get("rows")).stream()
                .filter(row -> "tenant".equals(row.get("geography"))).toList();
        assertEquals(1, tenantRows.size());
        assertEquals("Portsmouth Youth Offending Team", tenantRows.get(0).get("label"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void explainsEachYotsNearestNeighbours() {
        String staff = TestSessions.token(http.toBlocking(), "southampton", "yot.manager");
        List<Map<String, Object>> near = http.toBlocking().retrieve(HttpRequest.GET("/api/v1/benchmarking/neighbours").bearerAuth(staff),
                io.micronaut.core.type.Argument.listOf(io.micronaut.core.type.Argument.mapOf(String.class, Object.class)));
        assertFalse(near.isEmpty());
        assertEquals(1, near.get(0).get("position"));
        assertTrue(String.valueOf(near.get(0).get("contributions")).contains("deprivation"));
    }
}
