package org.yothub.casework.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.yothub.casework.CaseworkFixtures.LIST;
import static org.yothub.casework.CaseworkFixtures.as;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class ReferenceControllerIT {
    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void listsTheOutcomeTaxonomyWithItsFlags() {
        List<Map<String, Object>> codes = client.toBlocking().retrieve(as(HttpRequest.GET("/api/v1/reference/outcome-codes"),
                client.toBlocking(), "southampton", "board"), LIST);
        assertEquals(13, codes.stream().filter(c -> c.get("valid_to") == null).count());
        Map<String, Object> dto = codes.stream().filter(c -> "DTO".equals(c.get("code"))).findFirst().orElseThrow();
        assertEquals(true, dto.get("custodial"));
        assertEquals("custody", dto.get("outcome_group"));
        Map<String, Object> cr = codes.stream().filter(c -> "CR".equals(c.get("code"))).findFirst().orElseThrow();
        assertEquals(false, cr.get("substantive"));
    }

    @Test
    void legacyCodesCarryTheFlagsOfTheCodeTheyMapToAndEndBeforeApril2013() {
        List<Map<String, Object>> codes = client.toBlocking().retrieve(as(HttpRequest.GET("/api/v1/reference/outcome-codes"),
                client.toBlocking(), "southampton", "board"), LIST);
        Map<Object, Map<String, Object>> byCode = new java.util.HashMap<>();
        codes.forEach(c -> byCode.put(c.get("code"), c));
        assertEquals("YC", byCode.get("REPRIMAND").get("legacy_of"));
        assertEquals("YC", byCode.get("FINAL_WARNING").get("legacy_of"));
        assertEquals("CR", byCode.get("YRD").get("legacy_of"));
        List<Map<String, Object>> legacy = codes.stream().filter(c -> c.get("legacy_of") != null).toList();
        assertEquals(3, legacy.size());
        for (Map<String, Object> old : legacy) {
            Map<String, Object> now = byCode.get(old.get("legacy_of"));
            for (String flag : List.of("tier", "outcome_group", "substantive", "court", "custodial")) {
                assertEquals(now.get(flag), old.get(flag), old.get("code") + " " + flag); // the measures read these
            }
            assertEquals("2013-04-07", old.get("valid_to"));
        }
    }

    @Test
    void refusesUnauthenticatedRequests() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> client.toBlocking().exchange(HttpRequest.GET("/api/v1/reference/outcome-codes")));
        assertEquals(HttpStatus.UNAUTHORIZED, e.getStatus());
    }
}
