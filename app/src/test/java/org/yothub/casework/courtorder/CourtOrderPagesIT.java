package org.yothub.casework.courtorder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yothub.casework.CaseworkFixtures.createChild;
import static org.yothub.casework.CaseworkFixtures.unique;
import static org.yothub.casework.Pages.date;

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
import org.yothub.casework.CaseworkFixtures;
import org.yothub.casework.Pages;
import org.yothub.testing.TestSessions;

@MicronautTest(transactional = false)
class CourtOrderPagesIT {
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void addsAnOrderWithARequirementThenRecordsItsEnd() throws Exception {
        Pages pages = new Pages(client.toBlocking(), "southampton", "case.manager");
        Map<String, Object> child = createChild(client.toBlocking(), "southampton");
        String base = "/children/" + child.get("id");
        assertTrue(pages.get(base + "/interventions/new").contains("Add an order or intervention"));
        String ref = unique("PI");
        Map<String, String> f = date(new HashMap<>(Map.of("intervention_ref", ref, "outcome_code", "YRO", "mh_need", "true")),
                "start_date", 2023, 2, 1);
        assertEquals(HttpStatus.SEE_OTHER, pages.post(base + "/interventions", f).getStatus());
        Object id = CaseworkFixtures.scalar("southampton", "SELECT id FROM intervention WHERE intervention_ref = ?", ref);
        assertEquals(HttpStatus.SEE_OTHER, pages.post(base + "/interventions/" + id + "/requirements",
                Map.of("requirement", "curfew", "detail", "7pm to 7am")).getStatus());
        String edit = pages.get(base + "/interventions/" + id + "/edit");
        assertTrue(edit.contains("value=\"" + ref + "\""));
        Map<String, String> end = new HashMap<>(f);
        end.put("version", "0");
        date(end, "end_date", 2023, 1, 1);
        assertTrue(Pages.body(pages.rejected(base + "/interventions/" + id, end)).contains("before it starts"));
        date(end, "end_date", 2024, 2, 1);
        end.put("end_reason", "completed");
        end.put("ete_status_at_end", "employment");
        end.put("ete_hours_at_end", "30");
        end.put("accommodation_suitable_at_end", "true");
        assertEquals(HttpStatus.SEE_OTHER, pages.post(base + "/interventions/" + id, end).getStatus());
        String record = pages.get(base);
        assertTrue(record.contains("Curfew: 7pm to 7am"));
        assertTrue(record.contains("30 hours a week"));
        assertEquals(HttpStatus.CONFLICT, pages.rejected(base + "/interventions/" + id, end).getStatus());
    }

    @Test
    void addsARemandAndShowsItsCost() {
        Pages pages = new Pages(client.toBlocking(), "southampton", "case.manager");
        Map<String, Object> child = createChild(client.toBlocking(), "southampton");
        String base = "/children/" + child.get("id");
        Map<String, String> f = date(new HashMap<>(Map.of("remand_ref", unique("PR"), "placement", "YOI")), "start_date", 2022, 1, 1);
        date(f, "end_date", 2022, 1, 11);
        assertEquals(HttpStatus.SEE_OTHER, pages.post(base + "/remands", f).getStatus());
        assertTrue(pages.get(base).contains("£3,210"));
        Map<String, String> bad = new HashMap<>(f);
        bad.remove("placement");
        bad.put("remand_ref", unique("PR"));
        assertTrue(Pages.body(pages.rejected(base + "/remands", bad)).contains("Placement"));
    }

    private Map<String, Object> remand(String tenant, Object childId) {
        return CaseworkFixtures.post(client.toBlocking(), tenant, "/api/v1/children/" + childId + "/remands",
                Map.of("remand_ref", unique("PR"), "start_date", "2023-03-01", "placement", "LAA"));
    }

    private static Map<String, String> remandForm(Map<String, Object> r, String placement, String version) {
        Map<String, String> f = date(new HashMap<>(Map.of("remand_ref", r.get("remand_ref").toString(), "placement", placement,
                "version", version)), "start_date", 2023, 3, 1);
        return date(f, "end_date", 2023, 4, 15);
    }

    @Test
    void recordsTheEndAndPlacementOfARemandFromItsEditPage() {
        Pages pages = new Pages(client.toBlocking(), "southampton", "case.manager");
        Object child = createChild(client.toBlocking(), "southampton").get("id");
        Map<String, Object> r = remand("southampton", child);
        String edit = "/children/" + child + "/remands/" + r.get("id");
        assertTrue(pages.get("/children/" + child).contains("href=\"" + edit + "/edit\""));
        String page = pages.get(edit + "/edit");
        assertTrue(page.contains("value=\"" + r.get("remand_ref") + "\"") && page.contains("name=\"version\" value=\"0\""));
        assertTrue(page.contains("action=\"" + edit + "/delete\"") && page.contains("Delete remand"));
        Map<String, String> bad = remandForm(r, "SCH", "0");
        date(bad, "end_date", 2023, 2, 1);
        HttpClientResponseException e = pages.rejected(edit, bad);
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        assertTrue(Pages.body(e).contains("<a href=\"#end_date\">") && Pages.body(e).contains("before it starts"));
        HttpResponse<String> saved = pages.post(edit, remandForm(r, "SCH", "0"));
        assertEquals(HttpStatus.SEE_OTHER, saved.getStatus());
        assertEquals("/children/" + child + "#orders", saved.getHeaders().get("Location"));
        Map<String, Object> now = CaseworkFixtures.get(client.toBlocking(), "southampton", "/api/v1/remands/" + r.get("id"));
        assertEquals("2023-04-15", now.get("end_date"));
        assertEquals("SCH", now.get("placement"));
    }

    @Test
    void keepsTheNewerChangeWhenARemandIsSavedOrDeletedFromAStalePage() {
        Pages pages = new Pages(client.toBlocking(), "southampton", "case.manager");
        Object child = createChild(client.toBlocking(), "southampton").get("id");
        Map<String, Object> r = remand("southampton", child);
        String edit = "/children/" + child + "/remands/" + r.get("id");
        assertEquals(HttpStatus.SEE_OTHER, pages.post(edit, remandForm(r, "SCH", "0")).getStatus());
        HttpClientResponseException e = pages.rejected(edit, remandForm(r, "YOI", "0"));
        assertEquals(HttpStatus.CONFLICT, e.getStatus());
        assertTrue(Pages.body(e).contains("Someone else changed this record"));
        e = pages.rejected(edit + "/delete", Map.of("version", "0"));
        assertEquals(HttpStatus.CONFLICT, e.getStatus());
        assertTrue(Pages.body(e).contains("nothing was deleted"));
        assertTrue(Pages.body(e).contains("name=\"version\" value=\"1\""), "the page shows the record as it now is");
        assertEquals("SCH", CaseworkFixtures.get(client.toBlocking(), "southampton", "/api/v1/remands/" + r.get("id")).get("placement"));
    }

    @Test
    void deletesARemandEnteredInError() throws Exception {
        Pages pages = new Pages(client.toBlocking(), "southampton", "case.manager");
        Object child = createChild(client.toBlocking(), "southampton").get("id");
        Map<String, Object> r = remand("southampton", child);
        HttpResponse<String> deleted = pages.post("/children/" + child + "/remands/" + r.get("id") + "/delete", Map.of("version", "0"));
        assertEquals(HttpStatus.SEE_OTHER, deleted.getStatus());
        assertEquals("/children/" + child + "#orders", deleted.getHeaders().get("Location"));
        assertEquals(HttpStatus.NOT_FOUND, CaseworkFixtures.failure(client.toBlocking(),
                HttpRequest.GET("/api/v1/remands/" + r.get("id")), "southampton").getStatus());
        assertEquals(java.util.List.of("create/success", "delete/success"),
                CaseworkFixtures.audit("southampton", "remand", r.get("id")).subList(0, 2));
    }

    @Test
    void refusesADeleteWithoutTheCsrfToken() {
        TestSessions.BrowserSession session = TestSessions.browser(client.toBlocking(), "southampton", "case.manager");
        Object child = createChild(client.toBlocking(), "southampton").get("id");
        Map<String, Object> r = remand("southampton", child);
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> client.toBlocking().exchange(
                HttpRequest.POST("/children/" + child + "/remands/" + r.get("id") + "/delete", Map.of("version", "0"))
                        .cookie(session.cookie()).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE).accept(MediaType.TEXT_HTML_TYPE)));
        assertEquals(HttpStatus.FORBIDDEN, e.getStatus());
        assertEquals(r.get("remand_ref"), CaseworkFixtures.get(client.toBlocking(), "southampton", "/api/v1/remands/" + r.get("id"))
                .get("remand_ref"));
    }

    @Test
    void answersNotFoundForAnotherTenantsOrAnotherChildsRemand() {
        Pages pages = new Pages(client.toBlocking(), "southampton", "case.manager");
        Object foreignChild = createChild(client.toBlocking(), "portsmouth").get("id");
        Map<String, Object> foreign = remand("portsmouth", foreignChild);
        Object child = createChild(client.toBlocking(), "southampton").get("id");
        Map<String, Object> other = remand("southampton", createChild(client.toBlocking(), "southampton").get("id"));
        for (String edit : new String[] {"/children/" + foreignChild + "/remands/" + foreign.get("id"),
                "/children/" + child + "/remands/" + other.get("id")}) {
            assertEquals(404, pages.status(edit + "/edit"), edit);
            assertEquals(404, pages.post(edit, remandForm(foreign, "SCH", "0")).code(), edit);
            assertEquals(404, pages.post(edit + "/delete", Map.of("version", "0")).code(), edit);
        }
        assertEquals("LAA", CaseworkFixtures.get(client.toBlocking(), "portsmouth", "/api/v1/remands/" + foreign.get("id")).get("placement"));
    }

    @Test
    void sendsAnonymousBrowsersToSignInAndKeepsTheEditPagesFromReadOnlyRoles() {
        Object child = createChild(client.toBlocking(), "southampton").get("id");
        Map<String, Object> r = remand("southampton", child);
        String edit = "/children/" + child + "/remands/" + r.get("id");
        assertTrue(Pages.sentToSignIn(Pages.anonymous(client.toBlocking(), HttpRequest.GET(edit + "/edit"))));
        assertTrue(Pages.sentToSignIn(Pages.anonymous(client.toBlocking(), HttpRequest.POST(edit + "/delete", Map.of("version", "0"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE))));
        assertEquals(403, new Pages(client.toBlocking(), "southampton", "performance").status(edit + "/edit"));
        assertEquals(0, ((Number) CaseworkFixtures.get(client.toBlocking(), "southampton", "/api/v1/remands/" + r.get("id"))
                .get("version")).intValue());
    }
}
