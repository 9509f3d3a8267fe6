package org.yothub.casework.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yothub.casework.CaseworkFixtures.createChild;
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
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yothub.casework.CaseworkFixtures;
import org.yothub.casework.Pages;

@MicronautTest(transactional = false)
class StatusPagesIT {
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void recordsAChangeAndShowsItAsCurrent() {
        Pages pages = new Pages(client.toBlocking(), "southampton", "case.manager");
        Map<String, Object> child = createChild(client.toBlocking(), "southampton");
        String base = "/children/" + child.get("id");
        assertTrue(pages.get(base + "/statuses/new").contains("Accommodation: Unsuitable"));
        assertTrue(Pages.body(pages.rejected(base + "/statuses", date(new HashMap<>(), "effective_date", 2023, 5, 1)))
                .contains("Choose the new status"));
        Map<String, String> f = date(new HashMap<>(Map.of("status", "ete:training", "hours", "20")), "effective_date", 2023, 5, 1);
        assertEquals(HttpStatus.SEE_OTHER, pages.post(base + "/statuses", f).getStatus());
        String record = pages.get(base);
        assertTrue(record.contains("Training, 20 hours a week"));
        Map<String, String> again = new HashMap<>(f);
        assertTrue(Pages.body(pages.rejected(base + "/statuses", again)).contains("already recorded"));
    }

    private Map<String, Object> status(String tenant, Object childId) {
        return CaseworkFixtures.post(client.toBlocking(), tenant, "/api/v1/children/" + childId + "/statuses",
                Map.of("kind", "accommodation", "effective_date", "2023-01-10", "value", "suitable"));
    }

    private static Map<String, String> statusForm(String status, String version) {
        return date(new HashMap<>(Map.of("status", status, "notes", "Corrected from the placement record", "version", version)),
                "effective_date", 2023, 1, 12);
    }

    private Map<String, Object> stored(String tenant, Map<String, Object> s) {
        return CaseworkFixtures.get(client.toBlocking(), tenant, "/api/v1/statuses/" + s.get("id"));
    }

    @Test
    void correctsAStatusFromItsEditPage() {
        Pages pages = new Pages(client.toBlocking(), "southampton", "case.manager");
        Object child = createChild(client.toBlocking(), "southampton").get("id");
        Map<String, Object> s = status("southampton", child);
        String edit = "/children/" + child + "/statuses/" + s.get("id");
        assertTrue(pages.get("/children/" + child).contains("href=\"" + edit + "/edit\""));
        String page = pages.get(edit + "/edit");
        assertTrue(page.contains("value=\"accommodation:suitable\" selected") && page.contains("name=\"version\" value=\"0\""));
        assertTrue(page.contains("action=\"" + edit + "/delete\"") && page.contains("Delete status"));
        Map<String, String> bad = statusForm("accommodation:unsuitable", "0");
        date(bad, "effective_date", LocalDate.now().plusYears(1).getYear(), 1, 12);
        HttpClientResponseException e = pages.rejected(edit, bad);
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        assertTrue(Pages.body(e).contains("<a href=\"#effective_date\">"));
        HttpResponse<String> saved = pages.post(edit, statusForm("accommodation:unsuitable", "0"));
        assertEquals(HttpStatus.SEE_OTHER, saved.getStatus());
        assertEquals("/children/" + child + "#statuses", saved.getHeaders().get("Location"));
        Map<String, Object> now = stored("southampton", s);
        assertEquals(List.of("unsuitable", "2023-01-12"), List.of(now.get("value"), now.get("effective_date")));
    }

    @Test
    void keepsTheNewerChangeWhenAStatusIsSavedOrDeletedFromAStalePage() {
        Pages pages = new Pages(client.toBlocking(), "southampton", "case.manager");
        Object child = createChild(client.toBlocking(), "southampton").get("id");
        Map<String, Object> s = status("southampton", child);
        String edit = "/children/" + child + "/statuses/" + s.get("id");
        assertEquals(HttpStatus.SEE_OTHER, pages.post(edit, statusForm("accommodation:unsuitable", "0")).getStatus());
        HttpClientResponseException e = pages.rejected(edit, statusForm("accommodation:suitable", "0"));
        assertEquals(HttpStatus.CONFLICT, e.getStatus());
        assertTrue(Pages.body(e).contains("Someone else changed this record"));
        e = pages.rejected(edit + "/delete", Map.of("version", "0"));
        assertEquals(HttpStatus.CONFLICT, e.getStatus());
        assertTrue(Pages.body(e).contains("nothing was deleted") && Pages.body(e).contains("name=\"version\" value=\"1\""));
        assertEquals("unsuitable", stored("southampton", s).get("value"));
    }

    @Test
    void deletesAStatusEnteredInError() {
        Pages pages = new Pages(client.toBlocking(), "southampton", "case.manager");
        Object child = createChild(client.toBlocking(), "southampton").get("id");
        Map<String, Object> s = status("southampton", child);
        HttpResponse<String> deleted = pages.post("/children/" + child + "/statuses/" + s.get("id") + "/delete", Map.of("version", "0"));
        assertEquals(HttpStatus.SEE_OTHER, deleted.getStatus());
        assertEquals("/children/" + child + "#statuses", deleted.getHeaders().get("Location"));
        assertEquals(HttpStatus.NOT_FOUND, CaseworkFixtures.failure(client.toBlocking(),
                HttpRequest.GET("/api/v1/statuses/" + s.get("id")), "southampton").getStatus());
    }

    @Test
    void answersNotFoundForAnotherTenantsOrAnotherChildsStatus() {
        Pages pages = new Pages(client.toBlocking(), "southampton", "case.manager");
        Object foreignChild = createChild(client.toBlocking(), "portsmouth").get("id");
        Map<String, Object> foreign = status("portsmouth", foreignChild);
        Object child = createChild(client.toBlocking(), "southampton").get("id");
        Map<String, Object> other = status("southampton", createChild(client.toBlocking(), "southampton").get("id"));
        for (String edit : new String[] {"/children/" + foreignChild + "/statuses/" + foreign.get("id"),
                "/children/" + child + "/statuses/" + other.get("id")}) {
            assertEquals(404, pages.status(edit + "/edit"), edit);
            assertEquals(404, pages.post(edit, statusForm("accommodation:unsuitable", "0")).code(), edit);
            assertEquals(404, pages.post(edit + "/delete", Map.of("version", "0")).code(), edit);
        }
        assertEquals("suitable", stored("portsmouth", foreign).get("value"));
        assertEquals("suitable", stored("southampton", other).get("value"));
    }

    @Test
    void sendsAnonymousBrowsersToSignInAndKeepsTheStatusPagesFromReadOnlyRoles() {
        Object child = createChild(client.toBlocking(), "southampton").get("id");
        Map<String, Object> s = status("southampton", child);
        String edit = "/children/" + child + "/statuses/" + s.get("id");
        assertTrue(Pages.sentToSignIn(Pages.anonymous(client.toBlocking(), HttpRequest.GET(edit + "/edit"))));
        assertTrue(Pages.sentToSignIn(Pages.anonymous(client.toBlocking(), HttpRequest.POST(edit + "/delete", Map.of("version", "0"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE))));
        assertEquals(403, new Pages(client.toBlocking(), "southampton", "performance").status(edit + "/edit"));
        assertEquals(0, ((Number) stored("southampton", s).get("version")).intValue());
    }
}
