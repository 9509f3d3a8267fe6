package org.yothub.casework.child;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yothub.casework.CaseworkFixtures.LIST;
import static org.yothub.casework.CaseworkFixtures.MAP;
import static org.yothub.casework.CaseworkFixtures.as;
import static org.yothub.casework.CaseworkFixtures.createChild;
import static org.yothub.casework.CaseworkFixtures.fieldRules;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
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

@MicronautTest(transactional = false)
class ContactPersonControllerIT {
    @Inject
    @Client("/")
    HttpClient client;

    private BlockingHttpClient http() {
        return client.toBlocking();
    }

    private static Map<String, Object> mother() {
        Map<String, Object> f = new HashMap<>();
        f.put("kind", "parent_carer");
        f.put("name", "Morgan Example");
        f.put("relationship", "Mother");
        f.put("phone", "01234 567890");
        f.put("parental_responsibility", true);
        return f;
    }

    @Test
    void refusesUnauthenticatedRequests() {
        Map<String, Object> child = createChild(http(), "southampton");
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http().exchange(
                HttpRequest.GET("/api/v1/children/" + child.get("id") + "/contact-people")));
        assertEquals(HttpStatus.UNAUTHORIZED, e.getStatus());
    }

    @Test
    void addsChangesListsAndRemovesPeople() throws Exception {
        Map<String, Object> child = createChild(http(), "southampton");
        String base = "/api/v1/children/" + child.get("id") + "/contact-people";
        Map<String, Object> created = http().retrieve(as(HttpRequest.POST(base, mother()), http(), "southampton", "case.manager"), MAP);
        Map<String, Object> change = mother();
        change.put("phone", "07000 000000");
        change.put("version", 0);
        Map<String, Object> updated = http().retrieve(as(HttpRequest.PUT("/api/v1/contact-people/" + created.get("id"), change),
                http(), "southampton", "case.manager"), MAP);
        assertEquals("07000 000000", updated.get("phone"));
        List<Map<String, Object>> people = http().retrieve(as(HttpRequest.GET(base), http(), "southampton", "case.manager"), LIST);
        assertEquals(1, people.size());
        assertEquals(true, people.get(0).get("parental_responsibility"));
        http().exchange(as(HttpRequest.DELETE("/api/v1/contact-people/" + created.get("id")), http(), "southampton", "case.manager"));
        assertTrue(http().retrieve(as(HttpRequest.GET(base), http(), "southampton", "case.manager"), LIST).isEmpty());
        assertEquals(List.of("create/success", "update/success", "delete/success"),
                CaseworkFixtures.audit("southampton", "child_contact_person", created.get("id")));
    }

    @Test
    void rejectsAnUnknownKindAndABadEmail() {
        Map<String, Object> child = createChild(http(), "southampton");
        Map<String, Object> form = mother();
        form.put("kind", "neighbour");
        form.put("email", "not-an-email");
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http().exchange(
                as(HttpRequest.POST("/api/v1/children/" + child.get("id") + "/contact-people", form), http(), "southampton", "case.manager")));
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        assertEquals(List.of("email:email", "kind:pattern"), fieldRules(e));
    }

    @Test
    void answersNotFoundForAnotherTenantsChildOrPerson() {
        Map<String, Object> child = createChild(http(), "portsmouth");
        Map<String, Object> person = http().retrieve(as(HttpRequest.POST("/api/v1/children/" + child.get("id") + "/contact-people",
                mother()), http(), "portsmouth", "case.manager"), MAP);
        for (HttpRequest<?> r : List.of(HttpRequest.GET("/api/v1/children/" + child.get("id") + "/contact-people"),
                HttpRequest.POST("/api/v1/children/" + child.get("id") + "/contact-people", mother()),
                HttpRequest.GET("/api/v1/contact-people/" + person.get("id")),
                HttpRequest.DELETE("/api/v1/contact-people/" + person.get("id")))) {
            HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http().exchange(
                    ((io.micronaut.http.MutableHttpRequest<?>) r).bearerAuth(CaseworkFixtures.token(http(), "southampton", "case.manager"))));
            assertEquals(HttpStatus.NOT_FOUND, e.getStatus(), r.getMethod() + " " + r.getPath());
        }
    }

    @Test
    void refusesARemovalOfAnOlderVersionAndRemovesTheCurrentOne() {
        Map<String, Object> child = createChild(http(), "southampton");
        Map<String, Object> person = http().retrieve(as(HttpRequest.POST("/api/v1/children/" + child.get("id") + "/contact-people",
                mother()), http(), "southampton", "case.manager"), MAP);
        Map<String, Object> change = mother();
        change.put("phone", "07000 000001");
        change.put("version", 0);
        http().exchange(as(HttpRequest.PUT("/api/v1/contact-people/" + person.get("id"), change), http(), "southampton", "case.manager"));
        HttpClientResponseException stale = assertThrows(HttpClientResponseException.class, () -> http().exchange(
                as(HttpRequest.DELETE("/api/v1/contact-people/" + person.get("id") + "?version=0"), http(), "southampton", "case.manager")));
        assertEquals(HttpStatus.CONFLICT, stale.getStatus());
        assertEquals("07000 000001", http().retrieve(as(HttpRequest.GET("/api/v1/contact-people/" + person.get("id")),
                http(), "southampton", "case.manager"), MAP).get("phone"));
        assertEquals(HttpStatus.NO_CONTENT, http().exchange(as(HttpRequest.DELETE("/api/v1/contact-people/" + person.get("id")
                + "?version=1"), http(), "southampton", "case.manager")).getStatus());
    }
}
