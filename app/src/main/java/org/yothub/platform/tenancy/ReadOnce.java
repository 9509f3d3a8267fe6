package org.yothub.platform.tenancy;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A read-only unit of work (a child's whole record: its page, its subject access export) in which a
 * read asked for again is answered from its first answer. The record's sections each check the
 * child, read the tenant's settings, the child's orders, hearings, offences; inside the unit each of
 * these goes to the database once. Outside a unit every read goes to the database.
 *
 * <p>The unit belongs to the thread that runs it and ends with it: start it inside the read-only
 * tenant transaction it covers, so every answer is of one tenant and one snapshot of the data.
 * Answers are shared by whoever asks, so they must not be changed: give immutable values.
 */
public final class ReadOnce {
    private static final ThreadLocal<Map<Key, Object>> ANSWERS = new ThreadLocal<>();

    private ReadOnce() {
    }

    /** What was read: a kind of read and its argument (a child's id, a tenant). */
    private record Key(String what, Object of) {
    }

    /** Runs {@code work} as one unit; inside a unit already running, as part of that one. */
    public static <T> T within(Supplier<T> work) {
        if (ANSWERS.get() != null) {
            return work.get();
        }
        ANSWERS.set(new HashMap<>());
        try {
            return work.get();
        } finally {
            ANSWERS.remove();
        }
    }

    /** The answer of {@code read} for {@code what} of {@code of}: the first one inside a unit, a new one outside. */
    @SuppressWarnings("unchecked")
    public static <T> T read(String what, Object of, Supplier<T> read) {
        Map<Key, Object> answers = ANSWERS.get();
        if (answers == null) {
            return read.get();
        }
        Key key = new Key(what, Objects.requireNonNull(of));
        if (answers.containsKey(key)) {
            return (T) answers.get(key);
        }
        T answer = read.get();
        answers.put(key, answer);
        return answer;
    }

    /** Keeps {@code answer} as what {@code what} of {@code of} reads, inside a unit (a read that also answers another). */
    public static <T> T remember(String what, Object of, T answer) {
        Map<Key, Object> answers = ANSWERS.get();
        if (answers != null) {
            answers.put(new Key(what, Objects.requireNonNull(of)), answer);
        }
        return answer;
    }
}
