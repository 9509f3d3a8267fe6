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
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yothub.plans.PlanApi;
import org.yothub.testing.TestSessions;

/** The admin plan batch pages: start a batch from the form, follow it on a page that refreshes itself while running. */
@MicronautTest(transactional = false)
class PlanBatchPagesIT {
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void adminStartsABatchFromTheFormAndFollowsItsProgress() throws Exception {
        TestSessions.BrowserSession admin = TestSessions.browser(client.toBlocking(), null, "admin");
        String list = page(admin, "/admin/plan-batches");
        assertTrue(list.contains("Plan batches") && list.contains("name=\"plan_year\""));
        assertTrue(page(admin, "/").contains("href=\"/admin/plan-batches\""), "the admin menu links the page");

        HttpResponse<String> started = post(admin, Map.of("plan_year", String.valueOf(PlanBatches.YEAR), "tenants", "portsmouth"));
        assertEquals(HttpStatus.SEE_OTHER, started.getStatus());
        String location = started.getHeaders().get("Location");
        assertTrue(location.startsWith("/admin/plan-batches/"), location);
        String id = location.substring(location.lastIndexOf('/') + 1);
        PlanApi api = new PlanApi(client.toBlocking(), null, "admin");
        String before = (String) api.get("/api/v1/admin/plan-batches/" + id).get("status");
        String running = page(admin, location);
        String after = (String) api.get("/api/v1/admin/plan-batches/" + id).get("status");
        if ("running".equals(before) && "running".equals(after)) {
            assertTrue(running.contains("http-equiv=\"refresh\""), "a running batch's page refreshes itself");
        }
        PlanBatches.awaitEnd(api, id);
        String finished = page(admin, location);
        assertFalse(finished.contains("http-equiv=\"refresh\""), "a finished batch's page stays put");
        assertTrue(finished.contains("Plan batch: finished") && finished.contains("<dd class=\"govuk-summary-list__value\" id=\"done\">1</dd>"));
        assertTrue(page(admin, "/admin/plan-batches").contains(location));
    }

    @Test
    void aBadPlanYearReRendersTheFormWithTheErrorAndOthersMayNotSeeThePages() {
        TestSessions.BrowserSession admin = TestSessions.browser(client.toBlocking(), null, "admin");
        HttpResponse<String> refused = post(admin, Map.of("plan_year", "next year"));
        assertEquals(HttpStatus.BAD_REQUEST, refused.getStatus());
        assertTrue(refused.body().contains("govuk-error-summary") && refused.body().contains("href=\"#plan_year\""), refused.body());
        HttpResponse<String> unknown = post(admin, Map.of("plan_year", "2097", "tenants", "no-such-yot"));
        assertEquals(HttpStatus.BAD_REQUEST, unknown.getStatus());
        assertTrue(unknown.body().contains("no-such-yot"));

        TestSessions.BrowserSession manager = TestSessions.browser(client.toBlocking(), "southampton", "yot.manager");
        assertEquals(HttpStatus.FORBIDDEN, PlanApi.status(() -> page(manager, "/admin/plan-batches")));
        assertFalse(page(manager, "/").contains("/admin/plan-batches"));
    }

    private String page(TestSessions.BrowserSession s, String uri) {
        return client.toBlocking().retrieve(HttpRequest.GET(uri).cookie(s.cookie()).accept(MediaType.TEXT_HTML_TYPE), String.class);
    }

    @SuppressWarnings("unchecked")
    private HttpResponse<String> post(TestSessions.BrowserSession s, Map<String, String> form) {
        Map<String, String> body = new HashMap<>(form);
        body.put("_csrf", s.csrfToken());
        try {
            return client.toBlocking().exchange(HttpRequest.POST("/admin/plan-batches", body).cookie(s.cookie())
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE).accept(MediaType.TEXT_HTML_TYPE), String.class);
        } catch (HttpClientResponseException e) {
            return (HttpResponse<String>) e.getResponse();
        }
    }
}
