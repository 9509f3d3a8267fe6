package org.yothub.riskregister;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yothub.riskregister.RiskFixtures.MAP;

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
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yothub.testing.TestSessions;

/** The risk pages render for managers and the board, accept form posts, and download as CSV and XLSX. */
@MicronautTest
class RiskPagesIT {
    @Inject
    @Client("/")
    HttpClient client;
    BlockingHttpClient http;
    RiskFixtures fx;
    static TestSessions.BrowserSession manager;
    static TestSessions.BrowserSession board;

    @BeforeEach
    void setUp() {
        http = client.toBlocking();
        fx = new RiskFixtures(http, "leicestershire");
        if (manager == null) {
            manager = TestSessions.browser(http, "leicestershire", "yot.manager");
            board = TestSessions.browser(http, "leicestershire", "board");
        }
    }

    private String page(TestSessions.BrowserSession s, String path) {
        return http.retrieve(HttpRequest.GET(path).cookie(s.cookie()).accept(MediaType.TEXT_HTML_TYPE), String.class);
    }

    private MutableHttpRequest<Map<String, String>> post(String path, Map<String, String> fields) {
        Map<String, String> body = new HashMap<>(fields);
        body.put("_csrf", manager.csrfToken());
        return HttpRequest.POST(path, body).cookie(manager.cookie()).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .accept(MediaType.TEXT_HTML_TYPE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/risks", "/risks/register", "/risks/register?convention=leicestershire&band=high",
            "/risks/register?convention=southampton&status=escalated", "/risks/board", "/risks/new", "/risks/import",
            "/risks/objectives"})
    void rendersThePageForAManager(String path) {
        assertTrue(page(manager, path).contains("govuk-heading-xl"), path);
    }

    @Test
    void showsTheHeatMapAsAnAccessibleTable() {
        String html = page(board, "/risks");
        assertTrue(html.contains("<caption class=\"govuk-table__caption govuk-table__caption--m\">Heat map of live risks"));
        assertTrue(html.contains("<th scope=\"row\" class=\"govuk-table__header\">Likelihood 5"));
        assertTrue(html.contains("score 25, high"));
        assertTrue(html.contains("Reviews overdue"));
    }

    @Test
    void showsTheBoardItsEscalatedRisks() {
        String html = page(board, "/risks/board");
        assertTrue(html.contains("A serious incident receives significant negative media coverage"));
        assertTrue(html.contains("Impact 1 (1 = high, 5 = low)"));
    }

    @Test
    void showsARiskInBothConventionsWithItsHistory() {
        Map<String, Object> risk = fx.risk(4, 4);
        String html = page(board, "/risks/" + risk.get("id"));
        assertTrue(html.contains("Leicestershire: impact 2"));
        assertTrue(html.contains("Southampton: High"));
        assertTrue(html.contains("History and score trend"));
        assertEquals(HttpStatus.FORBIDDEN, assertThrows(HttpClientResponseException.class, () -> http.exchange(
                HttpRequest.GET("/risks/" + risk.get("id") + "/edit").cookie(board.cookie()).accept(MediaType.TEXT_HTML_TYPE)))
                .getStatus());
    }

    @Test
    void addsARiskFromTheFormAndReRendersOnError() {
        Map<String, String> form = new HashMap<>(Map.of("objective_id", fx.objectiveId(), "title", "Form risk",
                "likelihood", "6", "impact", "3", "owner_role", "Head of Service", "status", "open"));
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.exchange(post("/risks", form), String.class));
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        String html = e.getResponse().getBody(String.class).orElseThrow();
        assertTrue(html.contains("href=\"#likelihood\""));
        assertTrue(html.contains("Likelihood must be between 1 and 5"));
        form.put("likelihood", "2");
        HttpResponse<String> ok = http.exchange(post("/risks", form), String.class);
        assertEquals(HttpStatus.SEE_OTHER, ok.getStatus());
        assertTrue(page(manager, ok.getHeaders().get("Location")).contains("Form risk"));
    }

    @Test
    void changesARiskAndAnswersConflictForAStaleForm() {
        Map<String, Object> risk = fx.risk(2, 2);
        String id = risk.get("id").toString();
        Map<String, String> form = new HashMap<>(Map.of("objective_id", risk.get("objective_id").toString(),
                "title", risk.get("title").toString(), "likelihood", "3", "impact", "4", "owner_role", "Head of Service",
                "status", "escalated", "version", risk.get("version").toString()));
        assertEquals(HttpStatus.SEE_OTHER, http.exchange(post("/risks/" + id, form)).getStatus());
        Map<String, Object> after = http.retrieve(fx.asManager(HttpRequest.GET("/api/v1/risks/" + id)), MAP);
        assertEquals(12, after.get("score"));
        assertEquals("escalated", after.get("status"));
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.exchange(post("/risks/" + id, form), String.class));
        assertEquals(HttpStatus.CONFLICT, e.getStatus());
        assertTrue(e.getResponse().getBody(String.class).orElseThrow().contains("changed by someone else"));
    }

    @Test
    void importsACsvRegisterFromThePage() {
        String csv = "objective,title,rating,owner\nMinimise the use of remand and custody,Paste import risk,2,Head of Service\n";
        HttpResponse<String> r = http.exchange(post("/risks/import", Map.of("convention", "leicestershire_impact", "csv", csv)),
                String.class);
        assertEquals(HttpStatus.OK, r.getStatus());
        assertTrue(r.body().contains("1 risks imported"));
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http.exchange(
                post("/risks/import", Map.of("convention", "leicestershire_impact", "csv", "title,rating\nBad,9\n")), String.class));
        assertTrue(e.getResponse().getBody(String.class).orElseThrow().contains("must be an impact from 1 (high) to 5 (low)"));
    }

    @Test
    void downloadsTheRegisterAndHeatMapAsCsvAndXlsx() throws Exception {
        HttpResponse<byte[]> csv = http.exchange(HttpRequest.GET("/risks/register.csv").cookie(board.cookie()), byte[].class);
        assertTrue(csv.getHeaders().get("Content-Disposition").contains("risk-register.csv"));
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("Reference,Service objective,Risk"));
        assertTrue(text.contains("LRR-13"));
        HttpResponse<byte[]> xlsx = http.exchange(HttpRequest.GET("/risks/register.xlsx").cookie(board.cookie()), byte[].class);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertEquals("Reference", book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
            assertTrue(book.getSheetAt(0).getLastRowNum() >= 13);
        }
        String heat = new String(http.exchange(HttpRequest.GET("/risks/heat-map.csv").bearerAuth(fx.token("board")), byte[].class)
                .body(), StandardCharsets.UTF_8);
        assertTrue(heat.startsWith("Likelihood,Impact 1 (Minimal)"));
        assertEquals(6, heat.strip().split("\\R").length);
        HttpResponse<byte[]> heatXlsx = http.exchange(HttpRequest.GET("/risks/heat-map.xlsx").cookie(board.cookie()), byte[].class);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(heatXlsx.body()))) {
            assertEquals("5 (Almost certain)", book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue());
        }
    }
}
