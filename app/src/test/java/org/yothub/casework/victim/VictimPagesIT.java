package org.yothub.casework.victim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yothub.casework.CaseworkFixtures.createChild;
import static org.yothub.casework.CaseworkFixtures.createOffence;
import static org.yothub.casework.CaseworkFixtures.unique;

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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yothub.casework.CaseworkFixtures;
import org.yothub.casework.Pages;

@MicronautTest(transactional = false)
class VictimPagesIT {
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void addsAVictimAndRefusesATypeWithoutEngagement() {
        Pages pages = new Pages(client.toBlocking(), "southampton", "case.manager");
        Map<String, Object> child = createChild(client.toBlocking(), "southampton");
        Map<String, Object> offence = createOffence(client.toBlocking(), "southampton", child.get("id"), "RO");
        String base = "/children/" + child.get("id");
        assertTrue(pages.get(base + "/victims/new").contains(offence.get("offence_ref").toString()));
        Map<String, String> f = new HashMap<>(Map.of("offence_id", offence.get("id").toString(), "victim_ref", unique("PV"),
                "consented_to_contact", "true", "offered_rj", "true", "engaged_rj", "false", "rj_type", "letter"));
        assertTrue(Pages.body(pages.rejected(base + "/victims", f)).contains("only when the victim engaged"));
        f.put("engaged_rj", "true");
        assertEquals(HttpStatus.SEE_OTHER, pages.post(base + "/victims", f).getStatus());
        assertTrue(pages.get(base).contains("Letter of explanation"));
    }

    /** A victim of a new offence of the child, with nothing yet known about restorative justice. */
    private Map<String, Object> victim(String tenant, Object childId) {
        Map<String, Object> offence = createOffence(client.toBlocking(), tenant, childId, "RO");
        Map<String, Object> form = new HashMap<>();
        form.put("victim_ref", unique("PV"));
        return CaseworkFixtures.post(client.toBlocking(), tenant, "/api/v1/offences/" + offence.get("id") + "/victims", form);
    }

    private static Map<String, String> later(Map<String, Object> v, String version) {
        return new HashMap<>(Map.of("victim_ref", v.get("victim_ref").toString(), "consented_to_contact", "true", "offered_rj", "true",
                "engaged_rj", "true", "rj_type", "conference", "satisfied", "true", "version", version));
    }

    private Map<String, Object> stored(String tenant, Map<String, Object> v) {
        return CaseworkFixtures.get(client.toBlocking(), tenant, "/api/v1/victims/" + v.get("id"));
    }

    @Test
    void recordsConsentRestorativeJusticeAndSatisfactionLater() {
        Pages pages = new Pages(client.toBlocking(), "southampton", "case.manager");
        Object child = createChild(client.toBlocking(), "southampton").get("id");
        Map<String, Object> v = victim("southampton", child);
        String edit = "/children/" + child + "/victims/" + v.get("id");
        assertTrue(pages.get("/children/" + child).contains("href=\"" + edit + "/edit\""));
        String page = pages.get(edit + "/edit");
        assertTrue(page.contains("value=\"" + v.get("victim_ref") + "\"") && page.contains("name=\"version\" value=\"0\""));
        assertTrue(page.contains("Victim of offence " + v.get("offence_ref")));
        assertTrue(page.contains("action=\"" + edit + "/delete\"") && page.contains("Delete victim"));
        Map<String, String> bad = later(v, "0");
        bad.put("offered_rj", "false");
        HttpClientResponseException e = pages.rejected(edit, bad);
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        assertTrue(Pages.body(e).contains("<a href=\"#engaged_rj\">") && Pages.body(e).contains("only engage in restorative justice that was offered"));
        HttpResponse<String> saved = pages.post(edit, later(v, "0"));
        assertEquals(HttpStatus.SEE_OTHER, saved.getStatus());
        assertEquals("/children/" + child + "#victims", saved.getHeaders().get("Location"));
        Map<String, Object> now = stored("southampton", v);
        assertEquals(List.of(true, true, true, "conference", true), List.of(now.get("consented_to_contact"), now.get("offered_rj"),
                now.get("engaged_rj"), now.get("rj_type"), now.get("satisfied")));
        assertEquals(v.get("offence_id"), now.get("offence_id"));
    }

    @Test
    void keepsTheNewerChangeWhenAVictimIsSavedOrDeletedFromAStalePage() {
        Pages pages = new Pages(client.toBlocking(), "southampton", "case.manager");
        Object child = createChild(client.toBlocking(), "southampton").get("id");
        Map<String, Object> v = victim("southampton", child);
        String edit = "/children/" + child + "/victims/" + v.get("id");
        Map<String, String> offered = later(v, "0");
        offered.putAll(Map.of("engaged_rj", "false", "rj_type", "", "satisfied", ""));
        assertEquals(HttpStatus.SEE_OTHER, pages.post(edit, offered).getStatus());
        HttpClientResponseException e = pages.rejected(edit, later(v, "0"));
        assertEquals(HttpStatus.CONFLICT, e.getStatus());
        assertTrue(Pages.body(e).contains("Someone else changed this record"));
        e = pages.rejected(edit + "/delete", Map.of("version", "0"));
        assertEquals(HttpStatus.CONFLICT, e.getStatus());
        assertTrue(Pages.body(e).contains("nothing was deleted") && Pages.body(e).contains("name=\"version\" value=\"1\""));
        assertEquals(false, stored("southampton", v).get("engaged_rj"));
    }

    @Test
    void deletesAVictimEnteredInError() {
        Pages pages = new Pages(client.toBlocking(), "southampton", "case.manager");
        Object child = createChild(client.toBlocking(), "southampton").get("id");
        Map<String, Object> v = victim("southampton", child);
        HttpResponse<String> deleted = pages.post("/children/" + child + "/victims/" + v.get("id") + "/delete", Map.of("version", "0"));
        assertEquals(HttpStatus.SEE_OTHER, deleted.getStatus());
        assertEquals("/children/" + child + "#victims", deleted.getHeaders().get("Location"));
        assertEquals(HttpStatus.NOT_FOUND, CaseworkFixtures.failure(client.toBlocking(),
                HttpRequest.GET("/api/v1/victims/" + v.get("id")), "southampton").getStatus());
    }

    @Test
    void answersNotFoundForAnotherTenantsOrAnotherChildsVictim() {
        Pages pages = new Pages(client.toBlocking(), "southampton", "case.manager");
        Object foreignChild = createChild(client.toBlocking(), "portsmouth").get("id");
        Map<String, Object> foreign = victim("portsmouth", foreignChild);
        Object child = createChild(client.toBlocking(), "southampton").get("id");
        Map<String, Object> other = victim("southampton", createChild(client.toBlocking(), "southampton").get("id"));
        for (String edit : new String[] {"/children/" + foreignChild + "/victims/" + foreign.get("id"),
                "/children/" + child + "/victims/" + other.get("id")}) {
            assertEquals(404, pages.status(edit + "/edit"), edit);
            assertEquals(404, pages.post(edit, later(foreign, "0")).code(), edit);
            assertEquals(404, pages.post(edit + "/delete", Map.of("version", "0")).code(), edit);
        }
        assertEquals(0, ((Number) stored("portsmouth", foreign).get("version")).intValue());
        assertEquals(0, ((Number) stored("southampton", other).get("version")).intValue());
    }

    @Test
    void sendsAnonymousBrowsersToSignInAndKeepsTheEditPageFromReadOnlyRoles() {
        Object child = createChild(client.toBlocking(), "southampton").get("id");
        Map<String, Object> v = victim("southampton", child);
        String edit = "/children/" + child + "/victims/" + v.get("id");
        assertTrue(Pages.sentToSignIn(Pages.anonymous(client.toBlocking(), HttpRequest.GET(edit + "/edit"))));
        assertTrue(Pages.sentToSignIn(Pages.anonymous(client.toBlocking(), HttpRequest.POST(edit + "/delete", Map.of("version", "0"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE))));
        assertEquals(403, new Pages(client.toBlocking(), "southampton", "performance").status(edit + "/edit"));
        assertEquals(v.get("victim_ref"), stored("southampton", v).get("victim_ref"));
    }
}
