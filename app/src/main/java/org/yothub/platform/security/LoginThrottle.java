package org.yothub.platform.security;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Throttles sign-in failures per client address (a second line after the per-account lockout):
 * more than {@code app.security.login.max-failures-per-address} failures in 15 minutes and the
 * address is refused until the window moves on. Kept in memory: per instance, reset on restart.
 */
@Singleton
class LoginThrottle {
    private static final Duration WINDOW = Duration.ofMinutes(15);
    private final int maxFailures;
    private final ConcurrentHashMap<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    LoginThrottle(@Value("${app.security.login.max-failures-per-address:50}") int maxFailures) {
        this.maxFailures = maxFailures;
    }

    boolean allowed(String address) {
        Deque<Instant> q = failures.get(address);
        if (q == null) {
            return true;
        }
        synchronized (q) {
            prune(q);
            return q.size() < maxFailures;
        }
    }

    void failed(String address) {
        Deque<Instant> q = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (q) {
            prune(q);
            q.addLast(Instant.now());
        }
        if (failures.size() > 100_000) {
            failures.clear();
        }
    }

    private static void prune(Deque<Instant> q) {
        Instant cutoff = Instant.now().minus(WINDOW);
        while (!q.isEmpty() && q.peekFirst().isBefore(cutoff)) {
            q.removeFirst();
        }
    }
}
