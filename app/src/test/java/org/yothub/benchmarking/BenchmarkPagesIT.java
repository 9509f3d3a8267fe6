package org.yothub.benchmarking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yothub.testing.TestSessions;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BenchmarkPagesIT {
    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    ReleaseJob job;

    @BeforeAll
    void release() {
        job.run("test", LocalDate.now());
    }

    private String page(String path, String user) {
        TestSessions.BrowserSession s = TestSessions.browser(http.toBlocking(), null, user);
        return http.toBlocking().retrieve(HttpRequest.GET(path).cookie(s.cookie()).accept(MediaType.TEXT_HTML_TYPE));
    }

    @Test
    void showsPeerReviewersARankedChartWithPseudonymsOnly() {
        String html = page("/benchmarking?measure=custody", "peer.reviewer@portsmouth");
        assertTrue(html.contains("Benchmarking") && html.contains("<svg") && html.contains("role=\"img\""));
        assertTrue(html.contains("Portsmouth Youth Offending Team"), "own YOT by name");
        assertFalse(html.contains("Southampton Youth Offending Service"), "other YOTs never by name");
        assertFalse(html.contains("Denominator"));
    }

    @Test
    void showsOversightNamesAndTheReportDownloads() {
        String html = page("/benchmarking?measure=first_time_entrants", "oversight");
        assertTrue(html.contains("Southampton Youth Offending Service") && html.contains("Denominator"));
        String token = TestSessions.token(http.toBlocking(), null, "oversight");
        String csv = http.toBlocking().retrieve(HttpRequest.GET("/benchmarking/oversight/report.csv").bearerAuth(token));
        assertTrue(csv.startsWith("measure,period,geography,name"));
        assertTrue(csv.contains("Leicestershire Youth Offending Service"));
        byte[] xlsx = http.toBlocking().retrieve(HttpRequest.GET("/benchmarking/oversight/report.xlsx").bearerAuth(token), byte[].class);
        assertTrue(xlsx.length > 1000);
    }

    @Test
    void refusesTheReportToPeersAndPagesToTenantStaff() {
        String peer = TestSessions.token(http.toBlocking(), null, "peer.reviewer");
        assertEquals(HttpStatus.FORBIDDEN, assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.GET("/benchmarking/oversight/report.csv").bearerAuth(peer))).getStatus());
        String staff = TestSessions.token(http.toBlocking(), "southampton", "yot.manager");
        assertEquals(HttpStatus.FORBIDDEN, assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.GET("/benchmarking").bearerAuth(staff))).getStatus());
        assertEquals(HttpStatus.BAD_REQUEST, assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.GET("/benchmarking?exclude=southampton").bearerAuth(peer))).getStatus());
    }

    @Test
    void showsTenantStaffHowTheirYotCompares() {
        TestSessions.BrowserSession s = TestSessions.browser(http.toBlocking(), "leicestershire", "performance");
        String html = http.toBlocking().retrieve(HttpRequest.GET("/performance/comparison").cookie(s.cookie()).accept(MediaType.TEXT_HTML_TYPE));
        assertTrue(html.contains("How we compare") && html.contains("Leicestershire Youth Offending Service"));
        assertTrue(html.contains("England and Wales"));
        assertFalse(html.contains("Portsmouth Youth Offending Team</td>") && html.contains("YOT "), "no other YOT's row");
    }
}
