package org.yothub.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yothub.testing.Database;
import org.yothub.testing.TestSessions;

/** The plans pages render for their users, and their forms save with CSRF, redirect, and show errors. */
@MicronautTest(transactional = false)
class PlanPagesIT {
    @Inject
    @Client("/")
    HttpClient client;

    String page(TestSessions.BrowserSession s, String uri) {
        return client.toBlocking().retrieve(HttpRequest.GET(uri).cookie(s.cookie()).accept(MediaType.TEXT_HTML_TYPE), String.class);
    }

    HttpResponse<String> post(TestSessions.BrowserSession s, String uri, Map<String, String> form) {
        Map<String, String> body = new HashMap<>(form);
        body.put("_csrf", s.csrfToken());
        try {
            return client.toBlocking().exchange(HttpRequest.POST(uri, body).cookie(s.cookie())
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE).accept(MediaType.TEXT_HTML_TYPE), String.class);
        } catch (HttpClientResponseException e) {
            return (HttpResponse<String>) e.getResponse();
        }
    }

    @Test
    void plansPageShowsTheDeadlineAndStartsAPlan() {
        TestSessions.BrowserSession s = TestSessions.browser(client.toBlocking(), "southampton", "yot.manager");
        String list = page(s, "/plans");
        assertTrue(list.contains("Youth Justice Plans"));
        assertTrue(list.contains("30 June"), "deadline reminder");
        int year = PlanYears.next();
        HttpResponse<String> created = post(s, "/plans", Map.of("plan_year", Integer.toString(year), "structure", "yjb2024"));
        assertEquals(HttpStatus.SEE_OTHER, created.getStatus());
        String location = created.getHeaders().get("Location");
        String show = page(s, location);
        assertTrue(show.contains("Local context") && show.contains("Submit to the board"));
        HttpResponse<String> bad = post(s, "/plans", Map.of("plan_year", "next year"));
        assertEquals(HttpStatus.BAD_REQUEST, bad.getStatus());
        assertTrue(bad.body().contains("govuk-error-summary") && bad.body().contains("Enter the year the plan starts"));
    }

    @Test
    void narrativeIsWrittenInTheBrowserWithPreviewAndHistory() {
        TestSessions.BrowserSession s = TestSessions.browser(client.toBlocking(), "southampton", "team.manager");
        String id = (String) new PlanApi(client.toBlocking(), "southampton", "team.manager").createPlan(PlanYears.next()).get("id");
        String form = page(s, "/plans/" + id + "/sections/voice_of_child");
        assertTrue(form.contains("Voice of the child") && form.contains("name=\"body\""));
        HttpResponse<String> saved = post(s, "/plans/" + id + "/sections/voice_of_child",
                Map.of("body", "Children *told us* what helps. <script>alert(1)</script>", "base_revision", "0"));
        assertEquals(HttpStatus.SEE_OTHER, saved.getStatus());
        String again = page(s, "/plans/" + id + "/sections/voice_of_child");
        assertTrue(again.contains("<em>told us</em>"), "preview renders Markdown");
        assertTrue(!again.contains("<script>alert(1)</script>"), "and never runs script");
        assertTrue(again.contains("Terry Example"), "history names the writer");
        HttpResponse<String> stale = post(s, "/plans/" + id + "/sections/voice_of_child", Map.of("body", "Stale", "base_revision", "0"));
        assertEquals(HttpStatus.BAD_REQUEST, stale.getStatus());
        assertTrue(stale.body().contains("govuk-error-summary"));
    }

    @Test
    void deliveryBoardAndBudgetPagesSaveAndValidate() {
        TestSessions.BrowserSession s = TestSessions.browser(client.toBlocking(), "portsmouth", "yot.manager");
        String id = (String) new PlanApi(client.toBlocking(), "portsmouth", "yot.manager").createPlan(PlanYears.next()).get("id");
        assertEquals(HttpStatus.SEE_OTHER, post(s, "/plans/" + id + "/priorities", Map.of("title", "Timely assessment")).getStatus());
        String delivery = page(s, "/plans/" + id + "/delivery");
        assertTrue(delivery.contains("Priority 1: Timely assessment"));
        String priority = delivery.replaceAll("(?s).*<option value=\"([0-9a-f-]{36})\".*", "$1");
        HttpResponse<String> missing = post(s, "/plans/" + id + "/actions", Map.of("priority_id", priority, "action", "Audit plans"));
        assertEquals(HttpStatus.BAD_REQUEST, missing.getStatus());
        assertTrue(missing.body().contains("Enter the due date"));
        assertEquals(HttpStatus.SEE_OTHER, post(s, "/plans/" + id + "/actions", Map.of("priority_id", priority, "action", "Audit plans",
                "owner", "YOT Manager", "due_on", "2045-03-31", "rag", "green", "success_measure", "Six months of good audits")).getStatus());
        assertTrue(page(s, "/plans/" + id + "/delivery").contains("Six months of good audits"));

        assertTrue(page(s, "/plans/board-members").contains("Add a member"));
        assertEquals(HttpStatus.BAD_REQUEST, post(s, "/plans/board-members", Map.of("name", "", "role_title", "x", "agency", "y",
                "partner", "police")).getStatus());
        assertEquals(HttpStatus.SEE_OTHER, post(s, "/plans/board-members", Map.of("name", "Page Member", "role_title", "Commander",
                "agency", "Hampshire Constabulary", "partner", "police", "statutory", "true")).getStatus());

        int year = PlanYears.next();
        assertTrue(page(s, "/plans/budget?year=" + year).contains("Partner contributions"));
        HttpResponse<String> bad = post(s, "/plans/budget?year=" + year, Map.of("agency_0", "Police", "staffing_0", "lots"));
        assertEquals(HttpStatus.BAD_REQUEST, bad.getStatus());
        assertEquals(HttpStatus.SEE_OTHER, post(s, "/plans/budget?year=" + year, Map.of("agency_0", "Police", "staffing_0", "71,200",
                "heading_0", "Staffing", "category_0", "staffing", "amount_0", "70000")).getStatus());
        assertTrue(page(s, "/plans/budget?year=" + year).contains("£71,200"));
    }

    @Test
    void downloadsAreAuditedAsExports() throws Exception {
        PlanApi manager = new PlanApi(client.toBlocking(), "southampton", "yot.manager");
        String id = (String) manager.createPlan(PlanYears.next()).get("id");
        byte[] pdf = manager.bytes("/plans/" + id + "/plan.pdf");
        assertTrue(new String(pdf, 0, 5).startsWith("%PDF"));
        byte[] docx = manager.bytes("/plans/" + id + "/plan.docx");
        assertEquals('P', docx[0]);
        assertTrue(manager.html("/plans/" + id + "/preview").contains("Contents"));
        try (Connection c = Database.owner()) {
            c.createStatement().execute("SELECT set_config('app.tenant_id', 'southampton', false)");
            assertEquals(2, exports(c, id));
        }
    }

    private static int exports(Connection c, String id) throws Exception {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM audit_event WHERE tenant_id = 'southampton' AND entity_type = 'plan_document' AND action = 'export' AND entity_id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    @Test
    void boardMemberReadsAndRecordsApprovalButCannotEdit() {
        TestSessions.BrowserSession manager = TestSessions.browser(client.toBlocking(), "southampton", "yot.manager");
        String id = (String) new PlanApi(client.toBlocking(), "southampton", "yot.manager").createPlan(PlanYears.next()).get("id");
        String show = page(manager, "/plans/" + id);
        String version = show.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
        assertEquals(HttpStatus.SEE_OTHER, post(manager, "/plans/" + id + "/submit", Map.of("version", version)).getStatus());
        TestSessions.BrowserSession board = TestSessions.browser(client.toBlocking(), "southampton", "board");
        String boardView = page(board, "/plans/" + id);
        assertTrue(boardView.contains("Record the board&#39;s approval") || boardView.contains("Record the board's approval"));
        assertTrue(!boardView.contains(">Write<"), "board members do not write");
        String v2 = boardView.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
        assertEquals(HttpStatus.SEE_OTHER, post(board, "/plans/" + id + "/approve", Map.of("version", v2)).getStatus());
        assertEquals(HttpStatus.FORBIDDEN, post(board, "/plans/" + id + "/publish", Map.of("version", v2)).getStatus());
        assertEquals(HttpStatus.FORBIDDEN, post(board, "/plans/board-members", Map.of("name", "x")).getStatus());
    }
}
