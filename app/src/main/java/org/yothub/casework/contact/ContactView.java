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
 * ({@code warning} or {@code breach_consideration}); the step taken is {@code enforcement_action}
 * (warning issued, breach initiated or not) on {@code enforcement_on}, and {@code enforcement_due}
 * says it is still to be recorded.
 */
@Serdeable
public record ContactView(UUID id, UUID childId, @Nullable UUID interventionId, @Nullable String interventionRef,
                          LocalDateTime contactAt, String contactType, @Nullable String withWhom,
                          @Nullable String outcome, @Nullable String notes, @Nullable LocalDate followUpDue,
                          @Nullable LocalDate followedUpOn, @Nullable String followUpNotes, boolean followUpOverdue,
                          @Nullable Integer absenceNumber, @Nullable String enforcement,
                          @Nullable String enforcementAction, @Nullable LocalDate enforcementOn,
                          @Nullable String enforcementReason, boolean enforcementDue, UUID recordedBy, long version)
        implements AuditedEntity {

    public boolean scheduled() {
        return outcome == null;
    }

    @Override
    public Object auditId() {
        return id;
    }
}
