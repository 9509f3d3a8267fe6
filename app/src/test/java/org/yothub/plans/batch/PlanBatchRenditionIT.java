package org.yothub.plans.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.yothub.plans.PlanApi;
import org.yothub.plans.PlanYears;
import org.yothub.testing.Database;
import org.yothub.testing.TestSessions;

/** A YOT's staff download their own batch-rendered plan PDF; another YOT's staff get 404. */
@MicronautTest(transactional = false)
class PlanBatchRenditionIT {
    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    PlanBatchJob job;

    @Test
    void yotManagerDownloadsTheirRenditionAndAnotherYotCannotSeeIt() throws Exception {
        int year = PlanYears.next();
        PlanApi southampton = new PlanApi(client.toBlocking(), "southampton", "yot.manager");
        PlanApi portsmouth = new PlanApi(client.toBlocking(), "portsmouth", "yot.manager");
        String plan = (String) southampton.createPlan(year).get("id");
        String renditions = "/api/v1/plans/" + plan + "/renditions";
        assertEquals(List.of(), southampton.list(renditions));
        assertEquals(HttpStatus.NOT_FOUND, PlanApi.status(() -> southampton.bytes(renditions + "/latest.pdf")), "none rendered yet");

        UUID batch = job.run(year, List.of("southampton"), "test");

        List<Map<String, Object>> listed = southampton.list(renditions);
        assertEquals(1, listed.size());
        assertEquals(batch.toString(), listed.get(0).get("batch_id"));
        assertEquals(plan, listed.get(0).get("plan_id"), "the batch rendered the plan the YOT already had for the year");
        HttpResponse<byte[]> pdf = client.toBlocking().exchange(southampton.auth(HttpRequest.GET(renditions + "/latest.pdf")), byte[].class);
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII));
        assertTrue(pdf.getHeaders().get("Content-Disposition").contains("rendered"), pdf.getHeaders().get("Content-Disposition"));
        assertEquals(1, exports(plan));

        assertEquals(HttpStatus.NOT_FOUND, PlanApi.status(() -> portsmouth.bytes(renditions + "/latest.pdf")));
        assertEquals(HttpStatus.NOT_FOUND, PlanApi.status(() -> portsmouth.list(renditions)));
        assertEquals(HttpStatus.UNAUTHORIZED, PlanApi.status(() -> client.toBlocking().exchange(HttpRequest.GET(renditions + "/latest.pdf"))));
        PlanApi caseManager = new PlanApi(client.toBlocking(), "southampton", "case.manager");
        assertEquals(HttpStatus.FORBIDDEN, PlanApi.status(() -> caseManager.bytes(renditions + "/latest.pdf")));

        TestSessions.BrowserSession page = TestSessions.browser(client.toBlocking(), "southampton", "yot.manager");
        String html = client.toBlocking().retrieve(HttpRequest.GET("/plans/" + plan).cookie(page.cookie())
                .accept(MediaType.TEXT_HTML_TYPE), String.class);
        assertTrue(html.contains(renditions + "/latest.pdf"), "the plan page links the rendition");
        String other = (String) southampton.createPlan(PlanYears.next()).get("id");
        assertFalse(client.toBlocking().retrieve(HttpRequest.GET("/plans/" + other).cookie(page.cookie())
                .accept(MediaType.TEXT_HTML_TYPE), String.class).contains("/renditions/latest.pdf"));
    }

    private static int exports(String planId) throws Exception {
        try (Connection c = Database.owner(); PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM audit_event "
                + "WHERE tenant_id = 'southampton' AND entity_type = 'plan_rendition' AND action = 'export' AND outcome = 'success' AND entity_id = ?")) {
            c.createStatement().execute("SELECT set_config('app.tenant_id', 'southampton', false)");
            ps.setString(1, planId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
