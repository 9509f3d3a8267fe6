package org.yothub.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.yothub.testing.TestSessions;

@MicronautTest(transactional = false)
class PerformanceIT {
    @Inject
    @Client("/")
    HttpClient http;

    private String page(String path, String tenant, String user) {
        TestSessions.BrowserSession s = TestSessions.browser(http.toBlocking(), tenant, user);
        return http.toBlocking().retrieve(HttpRequest.GET(path).cookie(s.cookie()).accept(MediaType.TEXT_HTML_TYPE));
    }

    @Test
    void showsTheDashboardWithTrendsKpisAndPublishedFigures() {
        String html = page("/performance?period=FY2023-24-Q4", "portsmouth", "performance");
        assertTrue(html.contains("Performance, FY2023-24-Q4"));
        assertTrue(html.contains("Custodial sentences per 1,000"));
        assertTrue(html.contains("<svg") && html.contains("role=\"img\""), "server-side SVG charts");
        assertTrue(html.contains("Data for this chart"), "a data table alternative for every chart");
        assertTrue(html.contains("10. Victims"), "all ten KPIs");
        assertTrue(html.contains("Published figures") && html.contains("Seed 002"), "published reference series with source");
    }

    @Test
    void downloadsTheTableAsCsvAndXlsx() throws Exception {
        String token = TestSessions.token(http.toBlocking(), "southampton", "performance");
        String csv = http.toBlocking().retrieve(HttpRequest.GET("/performance/download.csv?period=FY2023-24-Q1").bearerAuth(token));
        assertTrue(csv.startsWith("measure,unit,rag,FY2021-22-Q2"), csv);
        HttpResponse<byte[]> xlsx = http.toBlocking().exchange(HttpRequest.GET("/performance/download.xlsx?period=FY2023-24-Q1")
                .bearerAuth(token), byte[].class);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertEquals("measure", book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
            assertEquals(Headline.values().length + 1, book.getSheetAt(0).getPhysicalNumberOfRows());
        }
    }

    @Test
    void letsManagersOnlyDrillDownToChildren() {
        String html = page("/performance/custody/children?period=FY2023-24", "southampton", "team.manager");
        assertTrue(html.contains("Custody, FY2023-24"));
        TestSessions.BrowserSession s = TestSessions.browser(http.toBlocking(), "southampton", "case.manager");
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.GET("/performance/custody/children").cookie(s.cookie()).accept(MediaType.TEXT_HTML_TYPE), String.class));
        assertEquals(HttpStatus.FORBIDDEN, e.getStatus());
    }

    @Test
    void rejectsAnUnknownDrillDownMeasure() {
        String token = TestSessions.token(http.toBlocking(), "southampton", "yot.manager");
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http.toBlocking().exchange(
                HttpRequest.GET("/performance/everything/children").bearerAuth(token), String.class));
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
    }
}
