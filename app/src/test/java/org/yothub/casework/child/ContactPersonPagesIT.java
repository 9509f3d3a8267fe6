package org.yothub.casework.child;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yothub.casework.CaseworkFixtures.createChild;

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
class ContactPersonPagesIT {
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void addsAParentThroughTheForm() {
        Pages pages = new Pages(client.toBlocking(), "southampton", "case.manager");
        Map<String, Object> child = createChild(client.toBlocking(), "southampton");
        String base = "/children/" + child.get("id");
        assertTrue(pages.get(base + "/contact-people/new").contains("Add a parent, carer or professional"));
        assertTrue(Pages.body(pages.rejected(base + "/contact-people", Map.of("kind", "parent_carer"))).contains("Name must not be blank"));
        assertEquals(HttpStatus.SEE_OTHER, pages.post(base + "/contact-people", Map.of("kind", "parent_carer",
                "name", "Jordan Parentsworth", "relationship", "Father", "parental_responsibility", "true")).getStatus());
        assertTrue(pages.get(base).contains("Jordan Parentsworth"));
    }

    private Map<String, Object> person(String tenant, Object childId) {
        return CaseworkFixtures.post(client.toBlocking(), tenant, "/api/v1/children/" + childId + "/contact-people",
                Map.of("kind", "professional", "name", "Sam Worker", "relationship", "Social worker", "organisation", "Children's Services"));
    }

    private static Map<String, String> personForm(String phone, String version) {
        return new HashMap<>(Map.of("kind", "professional", "name", "Sam Worker", "relationship", "Social worker",
                "organisation", "Children's Services", "phone", phone, "email", "sam.worker@example.org", "version", version));
    }

    private Map<String, Object> stored(String tenant, Map<String, Object> p) {
        return CaseworkFixtures.get(client.toBlocking(), tenant, "/api/v1/contact-people/" + p.get("id"));
    }

    @Test
    void changesAProfessionalsDetailsFromTheEditPage() {
        Pages pages = new Pages(client.toBlocking(), "southampton", "case.manager");
        Object child = createChild(client.toBlocking(), "southampton").get("id");
        Map<String, Object> p = person("southampton", child);
        String edit = "/children/" + child + "/contact-people/" + p.get("id");
        assertTrue(pages.get("/children/" + child).contains("href=\"" + edit + "/edit\""));
        String page = pages.get(edit + "/edit");
        assertTrue(page.contains("value=\"Sam Worker\"") && page.contains("name=\"version\" value=\"0\""));
        assertTrue(page.contains("action=\"" + edit + "/delete\"") && page.contains("Delete professional"));
        Map<String, String> bad = personForm("01234 000000", "0");
        bad.put("email", "not-an-email");
        HttpClientResponseException e = pages.rejected(edit, bad);
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        assertTrue(Pages.body(e).contains("<a href=\"#email\">"));
        HttpResponse<String> saved = pages.post(edit, personForm("01234 000000", "0"));
        assertEquals(HttpStatus.SEE_OTHER, saved.getStatus());
        assertEquals("/children/" + child + "#summary", saved.getHeaders().get("Location"));
        Map<String, Object> now = stored("southampton", p);
        assertEquals(List.of("01234 000000", "sam.worker@example.org"), List.of(now.get("phone"), now.get("email")));
    }

    @Test
    void keepsTheNewerChangeWhenAPersonIsSavedOrRemovedFromAStalePage() {
        Pages pages = new Pages(client.toBlocking(), "southampton", "case.manager");
        Object child = createChild(client.toBlocking(), "southampton").get("id");
        Map<String, Object> p = person("southampton", child);
        String edit = "/children/" + child + "/contact-people/" + p.get("id");
        assertEquals(HttpStatus.SEE_OTHER, pages.post(edit, personForm("01234 111111", "0")).getStatus());
        HttpClientResponseException e = pages.rejected(edit, personForm("01234 222222", "0"));
        assertEquals(HttpStatus.CONFLICT, e.getStatus());
        assertTrue(Pages.body(e).contains("Someone else changed this record"));
        e = pages.rejected(edit + "/delete", Map.of("version", "0"));
        assertEquals(HttpStatus.CONFLICT, e.getStatus());
        assertTrue(Pages.body(e).contains("nothing was deleted") && Pages.body(e).contains("name=\"version\" value=\"1\""));
        assertEquals("01234 111111", stored("southampton", p).get("phone"));
    }

    @Test
    void removesAPersonFromTheRecord() {
        Pages pages = new Pages(client.toBlocking(), "southampton", "case.manager");
        Object child = createChild(client.toBlocking(), "southampton").get("id");
        Map<String, Object> p = person("southampton", child);
        HttpResponse<String> deleted = pages.post("/children/" + child + "/contact-people/" + p.get("id") + "/delete",
                Map.of("version", "0"));
        assertEquals(HttpStatus.SEE_OTHER, deleted.getStatus());
        assertEquals("/children/" + child + "#summary", deleted.getHeaders().get("Location"));
        assertEquals(HttpStatus.NOT_FOUND, CaseworkFixtures.failure(client.toBlocking(),
                HttpRequest.GET("/api/v1/contact-people/" + p.get("id")), "southampton").getStatus());
    }

    @Test
    void answersNotFoundForAnotherTenantsOrAnotherChildsPerson() {
        Pages pages = new Pages(client.toBlocking(), "southampton", "case.manager");
        Object foreignChild = createChild(client.toBlocking(), "portsmouth").get("id");
        Map<String, Object> foreign = person("portsmouth", foreignChild);
        Object child = createChild(client.toBlocking(), "southampton").get("id");
        Map<String, Object> other = person("southampton", createChild(client.toBlocking(), "southampton").get("id"));
        for (String edit : new String[] {"/children/" + foreignChild + "/contact-people/" + foreign.get("id"),
                "/children/" + child + "/contact-people/" + other.get("id")}) {
            assertEquals(404, pages.status(edit + "/edit"), edit);
            assertEquals(404, pages.post(edit, personForm("01234 333333", "0")).code(), edit);
            assertEquals(404, pages.post(edit + "/delete", Map.of("version", "0")).code(), edit);
        }
        assertEquals(0, ((Number) stored("portsmouth", foreign).get("version")).intValue());
        assertEquals(0, ((Number) stored("southampton", other).get("version")).intValue());
    }

    @Test
    void sendsAnonymousBrowsersToSignInAndKeepsTheEditPageFromReadOnlyRoles() {
        Object child = createChild(client.toBlocking(), "southampton").get("id");
        Map<String, Object> p = person("southampton", child);
        String edit = "/children/" + child + "/contact-people/" + p.get("id");
        assertTrue(Pages.sentToSignIn(Pages.anonymous(client.toBlocking(), HttpRequest.GET(edit + "/edit"))));
        assertTrue(Pages.sentToSignIn(Pages.anonymous(client.toBlocking(), HttpRequest.POST(edit + "/delete", Map.of("version", "0"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE))));
        assertEquals(403, new Pages(client.toBlocking(), "southampton", "performance").status(edit + "/edit"));
        assertEquals(0, ((Number) stored("southampton", p).get("version")).intValue());
    }
}
