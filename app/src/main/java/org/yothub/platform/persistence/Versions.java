package org.yothub.platform.persistence;

import io.micronaut.data.exceptions.OptimisticLockException;

/**
 * Optimistic locking where no update carries the version: a delete sends the version the user saw,
 * so that deleting a record cannot discard a change someone else saved after they opened it.
 */
public final class Versions {
    private Versions() {
    }

    /**
     * Throws {@link OptimisticLockException} (answered 409) when {@code sent} is given and is not the
     * row's {@code current} version; with no version sent there is nothing to check.
     */
    public static void requireCurrent(String what, Long sent, Long current) {
        if (sent != null && !sent.equals(current == null ? 0L : current)) {
            throw new OptimisticLockException(what + " was changed by someone else; reload it and try again");
        }
    }
}
