package org.yothub.casework.status;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.yothub.casework.child.ChildRecordSection;

/** The "Statuses" tab of the child record: what is in force today, and every change. */
@Singleton
class StatusSection implements ChildRecordSection {
    private final ChildStatusService statuses;

    StatusSection(ChildStatusService statuses) {
        this.statuses = statuses;
    }

    @Override
    public String key() {
        return "statuses";
    }

    @Override
    public Object load(UUID childId) {
        return new StatusesTab(statuses.asOf(childId, LocalDate.now()), statuses.history(childId));
    }
}
