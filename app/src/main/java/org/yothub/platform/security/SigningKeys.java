package org.yothub.platform.security;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.yothub.platform.web.DemoMode;

/**
 * The token signing secret: {@code YOTHUB_JWT_SECRET} (at least 32 characters), required outside
 * demo mode; in demo mode a random secret is drawn at each start (sessions end on restart).
 */
@Singleton
public class SigningKeys {
    private final String jwtSecret;

    SigningKeys(DemoMode demoMode) {
        String configured = System.getenv("YOTHUB_JWT_SECRET");
        if (configured == null) {
            configured = System.getProperty("YOTHUB_JWT_SECRET");
        }
        if (configured != null && configured.length() >= 32) {
            jwtSecret = configured;
        } else if (configured != null) {
            throw new IllegalStateException("YOTHUB_JWT_SECRET must be at least 32 characters long");
        } else if (demoMode.enabled()) {
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            jwtSecret = HexFormat.of().formatHex(bytes);
        } else {
            throw new IllegalStateException("YOTHUB_JWT_SECRET must be set (at least 32 characters) outside demo mode");
        }
    }

    public String jwtSecret() {
        return jwtSecret;
    }

    /** A key for CSRF tokens derived from, but not equal to, the signing secret. */
    byte[] csrfKey() {
        return ("csrf:" + jwtSecret).getBytes(StandardCharsets.UTF_8);
    }
}
