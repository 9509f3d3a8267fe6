package org.yothub.casework.importexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.yothub.casework.CaseworkFixtures.MAP;
import static org.yothub.casework.CaseworkFixtures.createChild;
import static org.yothub.casework.CaseworkFixtures.createOffence;
import static org.yothub.casework.CaseworkFixtures.token;

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
import org.yothub.casework.CaseworkFixtures;

@MicronautTest(transactional = false)
class SubjectAccessExportIT {
    @Inject
    @Client("/")
    HttpClient client;

    private BlockingHttpClient http() {
        return client.toBlocking();
    }

    private HttpClientResponseException fails(Object childId, String tenant, String user) {
        return assertThrows(HttpClientResponseException.class, () -> http().exchange(HttpRequest.GET("/api/v1/children/"
                + childId + "/subject-access-export").bearerAuth(token(http(), tenant, user))));
    }

    @Test
    @SuppressWarnings("unchecked")
    void exportsTheWholeRecordWithoutVictimsAndAuditsIt() throws Exception {
        Map<String, Object> child = createChild(http(), "southampton");
        Map<String, Object> offence = createOffence(http(), "southampton", child.get("id"), "RO");
        CaseworkFixtures.post(http(), "southampton", "/api/v1/offences/" + offence.get("id") + "/victims",
                Map.of("victim_ref", CaseworkFixtures.unique("V"), "consented_to_contact", true));
        Map<String, Object> sar = http().retrieve(HttpRequest.GET("/api/v1/children/" + child.get("id") + "/subject-access-export")
                .bearerAuth(token(http(), "southampton", "yot.manager")), MAP);
        Map<String, Object> record = (Map<String, Object>) sar.get("record");
        assertEquals(child.get("child_ref"), ((Map<String, Object>) record.get("child")).get("child_ref"));
        Map<String, Object> sections = (Map<String, Object>) record.get("sections");
        List<Map<String, Object>> offences = (List<Map<String, Object>>) ((Map<String, Object>) sections.get("offences")).get("offences");
        assertEquals(offence.get("offence_ref"), offences.get(0).get("offence_ref"));
        assertTrue(sections.containsKey("orders"));
        assertTrue(sections.containsKey("statuses"));
        assertFalse(sections.containsKey("victims"));
        assertTrue(((List<String>) sar.get("withheld")).get(0).startsWith("victims"));
        assertEquals(List.of("create/success", "export/success"), CaseworkFixtures.audit("southampton", "child", child.get("id")));
    }

    @Test
    void refusesUnauthenticatedUsersCaseManagersAndOtherTenants() {
        Map<String, Object> child = createChild(http(), "southampton");
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http().exchange(
                HttpRequest.GET("/api/v1/children/" + child.get("id") + "/subject-access-export")));
        assertEquals(HttpStatus.UNAUTHORIZED, e.getStatus());
        assertEquals(HttpStatus.FORBIDDEN, fails(child.get("id"), "southampton", "case.manager").getStatus());
        assertEquals(HttpStatus.NOT_FOUND, fails(child.get("id"), "portsmouth", "yot.manager").getStatus());
    }
}
