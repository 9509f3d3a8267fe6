package org.yothub.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
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
import org.yothub.testing.TestSessions;

/** Two tenants, two users: neither can list or read the other's staff. */
@MicronautTest(transactional = false)
class StaffTenantIsolationIT {
    @Inject
    @Client("/")
    HttpClient http;

    private List<Map<String, Object>> staff(String tenant) {
        String token = TestSessions.token(http.toBlocking(), tenant, "team.manager");
        return http.toBlocking().retrieve(HttpRequest.GET("/api/v1/staff").bearerAuth(token),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));
    }

    @Test
    void listsOnlyTheOwnTenantsStaff() {
        List<Map<String, Object>> southampton = staff("southampton");
        List<Map<String, Object>> portsmouth = staff("portsmouth");
        assertFalse(southampton.isEmpty());
        assertTrue(southampton.stream().noneMatch(s -> portsmouth.stream().anyMatch(p -> p.get("id").equals(s.get("id")))));
    }

    @Test
    void answersNotFoundForAnotherTenantsId() {
        Object portsmouthId = staff("portsmouth").get(0).get("id");
        Object southamptonId = staff("southampton").get(0).get("id");
        String token = TestSessions.token(http.toBlocking(), "southampton", "team.manager");
        assertEquals(HttpStatus.OK, http.toBlocking().exchange(
                HttpRequest.GET("/api/v1/staff/" + southamptonId).bearerAuth(token)).getStatus());
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http.toBlocking()
                .exchange(HttpRequest.GET("/api/v1/staff/" + portsmouthId).bearerAuth(token)));
        assertEquals(HttpStatus.NOT_FOUND, e.getStatus());
    }

    @Test
    void refusesUnauthenticatedRequests() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.GET("/api/v1/staff")));
        assertEquals(HttpStatus.UNAUTHORIZED, e.getStatus());
    }

    @Test
    void refusesCrossTenantUsersAccessToTenantRoutes() {
        String token = TestSessions.token(http.toBlocking(), null, "oversight");
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http.toBlocking()
                .exchange(HttpRequest.GET("/api/v1/staff").bearerAuth(token)));
        assertEquals(HttpStatus.FORBIDDEN, e.getStatus());
    }
}
