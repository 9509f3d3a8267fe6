package org.yothub.platform.security;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** What sign-in needs of a staff or platform account. */
public interface Account {
    UUID getId();
    String getUsername();
    String getDisplayName();
    String getRoles();
    String getPasswordHash();
    void setPasswordHash(String hash);
    int getFailedAttempts();
    void setFailedAttempts(int attempts);
    Instant getLockedUntil();
    void setLockedUntil(Instant until);
    boolean isActive();

    default List<String> roleList() {
        return Arrays.stream(getRoles().split(",")).map(String::trim).filter(r -> !r.isEmpty()).toList();
    }
}
