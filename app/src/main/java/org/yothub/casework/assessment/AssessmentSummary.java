package org.yothub.casework.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An assessment in a child's list: its latest version. */
@Serdeable
public record AssessmentSummary(UUID id, int versionNo, String tool, String status, LocalDate assessmentDate,
                                @Nullable String riskOfSeriousHarm, @Nullable String level,
                                @Nullable Instant countersignedAt) {
}
