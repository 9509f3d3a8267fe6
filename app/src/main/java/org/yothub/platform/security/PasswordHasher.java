package org.yothub.platform.security;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import jakarta.inject.Singleton;

/**
 * Argon2id (password4j) with the OWASP minimum parameters: 19 MiB memory, 2 iterations,
 * parallelism 1. Stored as a PHC string, so parameters can be raised later per hash.
 */
@Singleton
public class PasswordHasher {
    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID, 19);
    /** Verified against when an account does not exist, so both paths cost the same. */
    private final String decoy = hash("decoy-password-for-unknown-accounts");

    public String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
    }

    public boolean verify(String password, String phc) {
        if (phc == null || !phc.startsWith("$argon2id$")) {
            return false;
        }
        try {
            return Password.check(password, phc).with(Argon2Function.getInstanceFromHash(phc));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Spends the time of one verification without an account. */
    public void verifyDecoy(String password) {
        verify(password, decoy);
    }
}
