package org.yothub.casework.child;

import java.util.UUID;

/**
 * A part of a child's record owned by another feature (offences, orders, victims, statuses,
 * assessments...). The record page shows each under the tab named by {@link #key()} ({@link #load}),
 * and the subject access export includes it in full ({@link #loadInFull}), so features add to the
 * record without this package depending on them.
 */
public interface ChildRecordSection {
    /** The tab id and model key, e.g. {@code "offences"}. */
    String key();

    /**
     * The section's content for one child, as view records (never entities). Called inside a
     * read-only tenant transaction after the child was found.
     */
    Object load(UUID childId);

    /**
     * The section's content in full for the subject access export: everything held about the child
     * in this section, where the tab shows only a summary (every version of each assessment, say).
     * By default the tab's content: override it when the tab leaves anything out. Called inside a
     * read-only tenant transaction after the child was found.
     */
    default Object loadInFull(UUID childId) {
        return load(childId);
    }

    /** Whether the record page shows the section; one that does not is read only for the subject access export. */
    default boolean onRecordPage() {
        return true;
    }
}
