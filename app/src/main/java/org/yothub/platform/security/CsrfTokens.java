package org.yothub.platform.security;

import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Synchronizer tokens for cookie-authenticated writes: HMAC-SHA256 of the sign-in session id
 * ({@code sid} claim), so the token survives silent token renewal but not a new sign-in, and a
 * page on another site cannot know it.
 */
@Singleton
public class CsrfTokens {
    public static final String FORM_FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";
    private final SecretKeySpec key;

    CsrfTokens(SigningKeys keys) {
        this.key = new SecretKeySpec(keys.csrfKey(), "HmacSHA256");
    }

    public Optional<String> tokenFor(Authentication authentication) {
        Object sid = authentication.getAttributes().get(TokenIssuer.SESSION_CLAIM);
        return sid == null ? Optional.empty() : Optional.of(hmac(sid.toString()));
    }

    public boolean matches(Authentication authentication, String presented) {
        return presented != null && tokenFor(authentication)
                .map(t -> MessageDigest.isEqual(t.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8)))
                .orElse(false);
    }

    private String hmac(String sid) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(sid.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
