package org.yothub.casework.offence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.yothub.platform.audit.AuditedEntity;

/** An offence with its outcome (if any) and the hearings about it. */
@Serdeable
public record OffenceView(UUID id, UUID childId, String offenceRef, LocalDate offenceDate, int ageAtOffence,
                          String category, int gravityScore, boolean seriousViolence, @Nullable String description,
                          @Nullable OutcomeView outcome, List<HearingView> hearings, long version)
        implements AuditedEntity {

    @Override
    public Object auditId() {
        return id;
    }
}
