package org.yothub.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yothub.testing.TestSessions;

/** Only tokens signed by this service, unexpired and with its issuer, are accepted. */
@MicronautTest(transactional = false)
class TokenIT {
    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    SigningKeys keys;

    private HttpStatus statusWith(String token) {
        try {
            return http.toBlocking().exchange(HttpRequest.GET("/api/v1/staff").bearerAuth(token)).getStatus();
        } catch (HttpClientResponseException e) {
            return e.getStatus();
        }
    }

    private JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder().subject("00000000-0000-0000-0000-000000000001").issuer("yot-hub")
                .claim("roles", List.of("yot_manager")).claim("tenant", "southampton")
                .issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(600)));
    }

    private String signed(JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(keys.jwtSecret()));
        return jwt.serialize();
    }

    @Test
    void acceptsAValidToken() throws Exception {
        assertEquals(HttpStatus.OK, statusWith(signed(claims().build())));
        assertEquals(HttpStatus.OK, statusWith(TestSessions.token(http.toBlocking(), "southampton", "team.manager")));
    }

    @Test
    void rejectsAnUnsignedToken() {
        assertEquals(HttpStatus.UNAUTHORIZED, statusWith(new PlainJWT(claims().build()).serialize()));
    }

    @Test
    void rejectsATamperedToken() throws Exception {
        String token = signed(claims().build());
        String[] parts = token.split("\\.");
        String forged = com.nimbusds.jose.util.Base64URL.encode(
                claims().claim("tenant", "portsmouth").build().toString()).toString();
        assertEquals(HttpStatus.UNAUTHORIZED, statusWith(parts[0] + "." + forged + "." + parts[2]));
    }

    @Test
    void rejectsAnExpiredToken() throws Exception {
        assertEquals(HttpStatus.UNAUTHORIZED, statusWith(signed(claims()
                .expirationTime(Date.from(Instant.now().minusSeconds(60))).build())));
    }

    @Test
    void rejectsATokenFromAnotherIssuer() throws Exception {
        assertEquals(HttpStatus.UNAUTHORIZED, statusWith(signed(claims().issuer("someone-else").build())));
    }

    @Test
    void rejectsATokenSignedWithAnotherKey() throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims().build());
        jwt.sign(new MACSigner("another-secret-that-is-at-least-32-characters-long"));
        assertEquals(HttpStatus.UNAUTHORIZED, statusWith(jwt.serialize()));
    }

    @Test
    void issuesTokensThatLiveAtMostFifteenMinutes() throws Exception {
        String token = TestSessions.freshToken(http.toBlocking(), "southampton", "case.manager", TestSessions.DEMO_PASSWORD);
        JWTClaimsSet set = SignedJWT.parse(token).getJWTClaimsSet();
        long lifetime = set.getExpirationTime().toInstant().getEpochSecond() - set.getIssueTime().toInstant().getEpochSecond();
        assertEquals(900, lifetime);
        assertEquals("southampton", set.getStringClaim("tenant"));
    }
}
