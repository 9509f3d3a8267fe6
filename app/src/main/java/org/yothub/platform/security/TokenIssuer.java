package org.yothub.platform.security;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.jwt.generator.JwtTokenGenerator;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.yothub.platform.tenancy.CurrentTenant;

/**
 * Issues signed, short-lived access tokens. Claims: {@code sub} (account id), {@code roles},
 * {@code tenant} (staff only), {@code home_tenant} (peer reviewers attached to a YOT),
 * {@code name}, {@code sid} (sign-in session, for CSRF) and {@code auth_time} (for the absolute
 * session limit of silent renewal).
 */
@Singleton
public class TokenIssuer {
    public static final String SESSION_CLAIM = "sid";
    public static final String AUTH_TIME_CLAIM = "auth_time";
    public static final String COOKIE = "yothub_session";
    private final JwtTokenGenerator generator;
    private final int expirySeconds;
    private final Duration sessionLimit;

    TokenIssuer(JwtTokenGenerator generator,
                @Value("${micronaut.security.token.generator.access-token.expiration:900}") int expirySeconds,
                @Value("${app.security.session-limit:10h}") Duration sessionLimit) {
        this.generator = generator;
        this.expirySeconds = expirySeconds;
        this.sessionLimit = sessionLimit;
    }

    public record SignedToken(String value, int expiresIn) { }

    /** A new sign-in session for an account. */
    public SignedToken issue(Account account, String tenant, String homeTenant) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("name", account.getDisplayName());
        if (tenant != null) {
            claims.put(CurrentTenant.CLAIM, tenant);
        }
        if (homeTenant != null) {
            claims.put("home_tenant", homeTenant);
        }
        claims.put(SESSION_CLAIM, UUID.randomUUID().toString());
        claims.put(AUTH_TIME_CLAIM, Instant.now().getEpochSecond());
        return sign(Authentication.build(account.getId().toString(), account.roleList(), claims));
    }

    /** A fresh token for the same session, or null when the session has reached its absolute limit. */
    public SignedToken renew(Authentication current) {
        Object authTime = current.getAttributes().get(AUTH_TIME_CLAIM);
        long started = authTime instanceof Number n ? n.longValue() : 0;
        if (Instant.ofEpochSecond(started).plus(sessionLimit).isBefore(Instant.now())) {
            return null;
        }
        Map<String, Object> claims = new HashMap<>();
        for (String key : List.of("name", CurrentTenant.CLAIM, "home_tenant", SESSION_CLAIM, AUTH_TIME_CLAIM)) {
            Object v = current.getAttributes().get(key);
            if (v != null) {
                claims.put(key, v);
            }
        }
        return sign(Authentication.build(current.getName(), List.copyOf(current.getRoles()), claims));
    }

    public int expirySeconds() {
        return expirySeconds;
    }

    /** The browser session cookie: HttpOnly, SameSite=Lax, Secure when the request came over HTTPS. */
    public Cookie cookie(HttpRequest<?> request, String token, int maxAgeSeconds) {
        boolean https = request.isSecure() || "https".equalsIgnoreCase(request.getHeaders().get("X-Forwarded-Proto"));
        return Cookie.of(COOKIE, token).httpOnly(true).secure(https).sameSite(SameSite.Lax).path("/")
                .maxAge(maxAgeSeconds);
    }

    private SignedToken sign(Authentication authentication) {
        String token = generator.generateToken(authentication, expirySeconds)
                .orElseThrow(() -> new IllegalStateException("Could not sign a token"));
        return new SignedToken(token, expirySeconds);
    }
}
