package org.yothub.casework.child;

import java.util.UUID;

/**
 * A part of a child's record owned by another feature (offences, orders, victims, statuses,
 * assessments...). The record page shows each under the tab named by {@link #key()}, and the
 * subject access export includes it, so features add to the record without this package
 * depending on them.
 */
public interface ChildRecordSection {
    /** The tab id and model key, e.g. {@code "offences"}. */
    String key();

    /**
     * The section's content for one child, as view records (never entities). Called inside a
     * read-only tenant transaction after the child was found.
     */
    Object load(UUID childId);
}
