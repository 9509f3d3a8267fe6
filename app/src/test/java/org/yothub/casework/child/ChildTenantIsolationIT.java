package org.yothub.casework.child;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yothub.casework.CaseworkFixtures.LIST;
import static org.yothub.casework.CaseworkFixtures.MAP;
import static org.yothub.casework.CaseworkFixtures.as;
import static org.yothub.casework.CaseworkFixtures.childForm;
import static org.yothub.casework.CaseworkFixtures.createChild;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A Portsmouth user never sees or changes a Southampton child, and lists never mix tenants. */
@MicronautTest(transactional = false)
class ChildTenantIsolationIT {
    @Inject
    @Client("/")
    HttpClient client;

    private BlockingHttpClient http() {
        return client.toBlocking();
    }

    @Test
    void searchesNeverReturnAnotherTenantsChildren() {
        Map<String, Object> soton = createChild(http(), "southampton");
        String name = soton.get("child_ref").toString();
        List<Map<String, Object>> fromPortsmouth = http().retrieve(as(HttpRequest.GET("/api/v1/children?q=" + name),
                http(), "portsmouth", "case.manager"), LIST);
        assertTrue(fromPortsmouth.isEmpty());
        List<Map<String, Object>> fromSouthampton = http().retrieve(as(HttpRequest.GET("/api/v1/children?q=" + name),
                http(), "southampton", "case.manager"), LIST);
        assertEquals(1, fromSouthampton.size());
        List<Map<String, Object>> openPortsmouth = http().retrieve(as(HttpRequest.GET("/api/v1/children"),
                http(), "portsmouth", "case.manager"), LIST);
        assertFalse(openPortsmouth.stream().anyMatch(c -> c.get("id").equals(soton.get("id"))));
    }

    @Test
    void anotherTenantCannotReadChangeOrAllocateAChild() {
        Map<String, Object> soton = createChild(http(), "southampton");
        Object id = soton.get("id");
        Map<String, Object> form = childForm(soton.get("child_ref").toString());
        form.put("version", 0);
        for (HttpRequest<?> r : List.of(HttpRequest.GET("/api/v1/children/" + id),
                HttpRequest.PUT("/api/v1/children/" + id, form),
                HttpRequest.PUT("/api/v1/children/" + id + "/allocation", Map.of("version", 0)))) {
            HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http().exchange(
                    as((io.micronaut.http.MutableHttpRequest<?>) r, http(), "portsmouth", "yot.manager")));
            assertEquals(HttpStatus.NOT_FOUND, e.getStatus(), r.getMethod() + " " + r.getPath());
        }
        Map<String, Object> still = http().retrieve(as(HttpRequest.GET("/api/v1/children/" + id), http(), "southampton",
                "case.manager"), MAP);
        assertEquals(0, ((Number) still.get("version")).intValue());
    }

    @Test
    void theSameReferenceMayExistInTwoTenants() {
        String ref = org.yothub.casework.CaseworkFixtures.unique("SAME");
        createChild(http(), "southampton", childForm(ref));
        Map<String, Object> other = createChild(http(), "portsmouth", childForm(ref));
        assertEquals(ref, other.get("child_ref"));
    }
}
