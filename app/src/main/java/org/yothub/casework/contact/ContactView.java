package org.yothub.casework.contact;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.yothub.platform.audit.AuditedEntity;

/**
 * A contact as shown to staff. For an unacceptable absence, {@code absence_number} is its place
 * among the unacceptable absences of its order and {@code enforcement} the step it triggers
 * ({@code warning} or {@code breach_consideration}).
 */
@Serdeable
public record ContactView(UUID id, UUID childId, @Nullable UUID interventionId, @Nullable String interventionRef,
                          LocalDateTime contactAt, String contactType, @Nullable String withWhom,
                          @Nullable String outcome, @Nullable String notes, @Nullable LocalDate followUpDue,
                          @Nullable LocalDate followedUpOn, @Nullable String followUpNotes, boolean followUpOverdue,
                          @Nullable Integer absenceNumber, @Nullable String enforcement, UUID recordedBy, long version)
        implements AuditedEntity {

    public boolean scheduled() {
        return outcome == null;
    }

    @Override
    public Object auditId() {
        return id;
    }
}
