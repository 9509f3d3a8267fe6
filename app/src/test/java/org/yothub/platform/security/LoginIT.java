package org.yothub.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jwt.SignedJWT;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.yothub.platform.tenancy.TenantDefinition;
import org.yothub.platform.tenancy.TenantScope;
import org.yothub.platform.tenancy.TenantTransactions;
import org.yothub.testing.TestSessions;

@MicronautTest(transactional = false)
class LoginIT {
    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    AccountService accounts;
    @Inject
    TenantTransactions transactions;

    private HttpClientResponseException failedLogin(String tenant, String username, String password) {
        Map<String, Object> body = new HashMap<>();
        body.put("tenant", tenant);
        body.put("username", username);
        body.put("password", password);
        return assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.POST("/api/v1/auth/login", body), Map.class));
    }

    private String newUser(String tenant) {
        String username = "lock-" + UUID.randomUUID().toString().substring(0, 8);
        TenantScope.run(tenant, () -> transactions.inTenant(false, () -> accounts.upsertStaff(List.of(
                new TenantDefinition.UserDefinition(username, "Lock Test", List.of(Roles.CASE_MANAGER), "right-password-1", null)))));
        return username;
    }

    @Test
    void signsInATenantUserWithTheTenantInTheToken() throws Exception {
        String token = TestSessions.freshToken(http.toBlocking(), "portsmouth", "case.manager", TestSessions.DEMO_PASSWORD);
        assertEquals("portsmouth", SignedJWT.parse(token).getJWTClaimsSet().getStringClaim("tenant"));
    }

    @Test
    void signsInCrossTenantUsersWithoutATenant() throws Exception {
        String token = TestSessions.freshToken(http.toBlocking(), null, "oversight", TestSessions.DEMO_PASSWORD);
        assertNull(SignedJWT.parse(token).getJWTClaimsSet().getStringClaim("tenant"));
        String reviewer = TestSessions.freshToken(http.toBlocking(), null, "peer.reviewer@southampton", TestSessions.DEMO_PASSWORD);
        assertEquals("southampton", SignedJWT.parse(reviewer).getJWTClaimsSet().getStringClaim("home_tenant"));
    }

    @Test
    void givesTheSameAnswerForEveryKindOfFailure() {
        String wrongPassword = failedLogin("southampton", "board", "not-the-password").getResponse().getBody(String.class).orElse("");
        String unknownUser = failedLogin("southampton", "nobody-here", "x-password").getResponse().getBody(String.class).orElse("");
        String unknownTenant = failedLogin("atlantis", "board", "x-password").getResponse().getBody(String.class).orElse("");
        for (String body : List.of(wrongPassword, unknownUser, unknownTenant)) {
            assertTrue(body.contains(LoginFailedException.MESSAGE), body);
        }
        assertEquals(HttpStatus.UNAUTHORIZED, failedLogin("southampton", "nobody-here", "x").getStatus());
    }

    @Test
    void locksAnAccountAfterFiveFailuresForFifteenMinutes() {
        String username = newUser("portsmouth");
        assertNotNull(TestSessions.freshToken(http.toBlocking(), "portsmouth", username, "right-password-1"));
        for (int i = 0; i < 5; i++) {
            failedLogin("portsmouth", username, "wrong-password");
        }
        HttpClientResponseException locked = failedLogin("portsmouth", username, "right-password-1");
        assertEquals(HttpStatus.UNAUTHORIZED, locked.getStatus());
        assertTrue(locked.getResponse().getBody(String.class).orElse("").contains(LoginFailedException.MESSAGE));
    }

    @Test
    void rejectsAMissingUsernameNamingTheField() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http.toBlocking()
                .exchange(HttpRequest.POST("/api/v1/auth/login", Map.of("tenant", "southampton", "password", "x")), Map.class));
        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
        assertTrue(e.getResponse().getBody(String.class).orElse("").contains("\"field\":\"username\""));
    }
}
