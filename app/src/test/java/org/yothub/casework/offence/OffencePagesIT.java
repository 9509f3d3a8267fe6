package org.yothub.casework.offence;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

@MicronautTest(transactional = false)
class OffencePagesIT {
    @Inject
    @Client("/")
    HttpClient client;

    private static Map<String, String> offence(String ref, int year) {
        Map<String, String> f = new HashMap<>();
        f.put("offence_ref", ref);
        date(f, "offence_date", year, 3, 1);
        f.put("category", "criminal_damage");
        f.put("gravity_score", "2");
        f.put("serious_violence", "false");
        return f;
    }

    @Test
    void addsAnOffenceWithItsOutcomeThroughTheForm() throws Exception {
        Pages pages = new Pages(client.toBlocking(), "southampton", "case.manager");
        Map<String, Object> child = createChild(client.toBlocking(), "southampton");
        String form = pages.get("/children/" + child.get("id") + "/offences/new");
        assertTrue(form.contains("Add an offence") && form.contains("YRO_ISS"));
        String ref = unique("PO");
        Map<String, String> f = offence(ref, 2022);
        f.put("outcome_code", "CR");
        date(f, "outcome_date", 2022, 3, 20);
        assertEquals(HttpStatus.SEE_OTHER, pages.post("/children/" + child.get("id") + "/offences", f).getStatus());
        String record = pages.get("/children/" + child.get("id"));
        assertTrue(record.contains(ref) && record.contains("Community resolution"));
        assertTrue(record.contains("Offences and outcomes (1)"));
        Object offenceId = CaseworkFixtures.scalar("southampton", "SELECT id FROM offence WHERE offence_ref = ?", ref);
        assertEquals(java.util.List.of("create/success"), CaseworkFixtures.audit("southampton", "offence", offenceId));
    }

    @Test
    void showsTheAgeRuleWhenTheChildWasUnderTen() {
        Pages pages = new Pages(client.toBlocking(), "southampton", "case.manager");
        Map<String, Object> child = createChild(client.toBlocking(), "southampton");
        HttpClientResponseException e = pages.rejected("/children/" + child.get("id") + "/offences", offence(unique("PO"), 2017));
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        assertTrue(Pages.body(e).contains("under 10"));
        assertTrue(Pages.body(e).contains("There is a problem"));
    }

    @Test
    void recordsAnOutcomeForAnAwaitingOffenceAndAHearing() {
        Pages pages = new Pages(client.toBlocking(), "southampton", "team.manager");
        Map<String, Object> child = createChild(client.toBlocking(), "southampton");
        Map<String, Object> offence = CaseworkFixtures.post(client.toBlocking(), "southampton",
                "/api/v1/children/" + child.get("id") + "/offences", CaseworkFixtures.offenceForm(unique("PO"), "2023-01-05"));
        String path = "/children/" + child.get("id") + "/offences/" + offence.get("id") + "/outcome";
        assertTrue(pages.get(path).contains("Outcome of offence"));
        Map<String, String> bad = date(new HashMap<>(Map.of("outcome_code", "YRO")), "outcome_date", 2023, 4, 1);
        date(bad, "release_date", 2023, 9, 1);
        assertTrue(Pages.body(pages.rejected(path, bad)).contains("custodial outcome"));
        Map<String, String> ok = date(new HashMap<>(Map.of("outcome_code", "YRO")), "outcome_date", 2023, 4, 1);
        assertEquals(HttpStatus.SEE_OTHER, pages.post(path, ok).getStatus());
        Map<String, String> hearing = date(new HashMap<>(Map.of("offence_id", offence.get("id").toString(),
                "court", "Example Youth Court", "hearing_type", "sentence", "result", "sentenced")), "hearing_date", 2023, 4, 1);
        assertTrue(pages.get("/children/" + child.get("id") + "/hearings/new").contains(offence.get("offence_ref").toString()));
        assertEquals(HttpStatus.SEE_OTHER, pages.post("/children/" + child.get("id") + "/hearings", hearing).getStatus());
        String record = pages.get("/children/" + child.get("id"));
        assertTrue(record.contains("Youth rehabilitation order") && record.contains("Example Youth Court"));
    }

    @Test
    void answersNotFoundForAnotherTenantsChild() {
        Pages pages = new Pages(client.toBlocking(), "portsmouth", "case.manager");
        Map<String, Object> child = createChild(client.toBlocking(), "southampton");
        HttpClientResponseException e = org.junit.jupiter.api.Assertions.assertThrows(HttpClientResponseException.class,
                () -> pages.get("/children/" + child.get("id") + "/offences/new"));
        assertEquals(HttpStatus.NOT_FOUND, e.getStatus());
        assertEquals(HttpStatus.NOT_FOUND, pages.rejected("/children/" + child.get("id") + "/offences",
                offence(unique("PO"), 2022)).getStatus());
    }

    /** A hearing about a new offence of the child (on 2022-03-01), result not yet known. */
    private Map<String, Object> hearing(String tenant, Object childId) {
        Map<String, Object> offence = CaseworkFixtures.createOffence(client.toBlocking(), tenant, childId, "RO");
        return CaseworkFixtures.post(client.toBlocking(), tenant, "/api/v1/children/" + childId + "/hearings",
                Map.of("offence_id", offence.get("id"), "hearing_date", "2022-04-01", "court", "Example Youth Court",
                        "hearing_type", "plea"));
    }

    private static Map<String, String> hearingForm(Map<String, Object> h, String result, String version) {
        return date(new HashMap<>(Map.of("offence_id", h.get("offence_id").toString(), "court", "Example Youth Court",
                "hearing_type", "plea", "result", result, "notes", "Pleaded guilty", "version", version)), "hearing_date", 2022, 4, 1);
    }

    private Map<String, Object> storedHearing(String tenant, Map<String, Object> h) {
        return CaseworkFixtures.get(client.toBlocking(), tenant, "/api/v1/hearings/" + h.get("id"));
    }

    @Test
    void recordsTheResultOfAHearingFromItsEditPage() {
        Pages pages = new Pages(client.toBlocking(), "southampton", "case.manager");
        Object child = createChild(client.toBlocking(), "southampton").get("id");
        Map<String, Object> h = hearing("southampton", child);
        String edit = "/children/" + child + "/hearings/" + h.get("id");
        assertTrue(pages.get("/children/" + child).contains("href=\"" + edit + "/edit\""));
        String page = pages.get(edit + "/edit");
        assertTrue(page.contains("value=\"Example Youth Court\"") && page.contains("name=\"version\" value=\"0\""));
        assertTrue(page.contains("action=\"" + edit + "/delete\"") && page.contains("Delete hearing"));
        Map<String, String> bad = hearingForm(h, "convicted", "0");
        bad.put("court", " ");
        HttpClientResponseException e = pages.rejected(edit, bad);
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        assertTrue(Pages.body(e).contains("<a href=\"#court\">Court must not be blank</a>"));
        HttpResponse<String> saved = pages.post(edit, hearingForm(h, "convicted", "0"));
        assertEquals(HttpStatus.SEE_OTHER, saved.getStatus());
        assertEquals("/children/" + child + "#offences", saved.getHeaders().get("Location"));
        Map<String, Object> now = storedHearing("southampton", h);
        assertEquals("convicted", now.get("result"));
        assertEquals("Pleaded guilty", now.get("notes"));
    }

    @Test
    void keepsTheNewerChangeWhenAHearingIsSavedOrDeletedFromAStalePage() {
        Pages pages = new Pages(client.toBlocking(), "southampton", "case.manager");
        Object child = createChild(client.toBlocking(), "southampton").get("id");
        Map<String, Object> h = hearing("southampton", child);
        String edit = "/children/" + child + "/hearings/" + h.get("id");
        assertEquals(HttpStatus.SEE_OTHER, pages.post(edit, hearingForm(h, "adjourned", "0")).getStatus());
        HttpClientResponseException e = pages.rejected(edit, hearingForm(h, "convicted", "0"));
        assertEquals(HttpStatus.CONFLICT, e.getStatus());
        assertTrue(Pages.body(e).contains("Someone else changed this record"));
        e = pages.rejected(edit + "/delete", Map.of("version", "0"));
        assertEquals(HttpStatus.CONFLICT, e.getStatus());
        assertTrue(Pages.body(e).contains("nothing was deleted") && Pages.body(e).contains("name=\"version\" value=\"1\""));
        assertEquals("adjourned", storedHearing("southampton", h).get("result"));
    }

    @Test
    void deletesAHearingEnteredInError() {
        Pages pages = new Pages(client.toBlocking(), "southampton", "case.manager");
        Object child = createChild(client.toBlocking(), "southampton").get("id");
        Map<String, Object> h = hearing("southampton", child);
        HttpResponse<String> deleted = pages.post("/children/" + child + "/hearings/" + h.get("id") + "/delete",
                Map.of("version", "0"));
        assertEquals(HttpStatus.SEE_OTHER, deleted.getStatus());
        assertEquals("/children/" + child + "#offences", deleted.getHeaders().get("Location"));
        assertEquals(HttpStatus.NOT_FOUND, CaseworkFixtures.failure(client.toBlocking(),
                HttpRequest.GET("/api/v1/hearings/" + h.get("id")), "southampton").getStatus());
    }

    @Test
    void answersNotFoundForAnotherTenantsOrAnotherChildsHearing() {
        Pages pages = new Pages(client.toBlocking(), "southampton", "case.manager");
        Object foreignChild = createChild(client.toBlocking(), "portsmouth").get("id");
        Map<String, Object> foreign = hearing("portsmouth", foreignChild);
        Object child = createChild(client.toBlocking(), "southampton").get("id");
        Map<String, Object> other = hearing("southampton", createChild(client.toBlocking(), "southampton").get("id"));
        for (String edit : new String[] {"/children/" + foreignChild + "/hearings/" + foreign.get("id"),
                "/children/" + child + "/hearings/" + other.get("id")}) {
            assertEquals(404, pages.status(edit + "/edit"), edit);
            assertEquals(404, pages.post(edit, hearingForm(foreign, "convicted", "0")).code(), edit);
            assertEquals(404, pages.post(edit + "/delete", Map.of("version", "0")).code(), edit);
        }
        assertEquals(0, ((Number) storedHearing("portsmouth", foreign).get("version")).intValue());
        assertEquals(0, ((Number) storedHearing("southampton", other).get("version")).intValue());
    }

    @Test
    void sendsAnonymousBrowsersToSignInAndKeepsTheHearingPagesFromReadOnlyRoles() {
        Object child = createChild(client.toBlocking(), "southampton").get("id");
        Map<String, Object> h = hearing("southampton", child);
        String edit = "/children/" + child + "/hearings/" + h.get("id");
        assertTrue(Pages.sentToSignIn(Pages.anonymous(client.toBlocking(), HttpRequest.GET(edit + "/edit"))));
        assertTrue(Pages.sentToSignIn(Pages.anonymous(client.toBlocking(), HttpRequest.POST(edit + "/delete",
                Map.of("version", "0")).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE))));
        assertEquals(403, new Pages(client.toBlocking(), "southampton", "performance").status(edit + "/edit"));
        assertEquals(0, ((Number) storedHearing("southampton", h).get("version")).intValue());
    }
}
