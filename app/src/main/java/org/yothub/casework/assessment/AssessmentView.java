package org.yothub.casework.assessment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.yothub.platform.audit.AuditedEntity;

/**
 * One version of an assessment as shown to staff, with the list of all its versions. {@code id}
 * names the assessment (stable across versions); {@code version} is the optimistic-lock version
 * to send back when changing it; {@code locked} is true once countersigned.
 */
@Serdeable
public record AssessmentView(UUID id, UUID childId, int versionNo, boolean latest, String tool, String status,
                             LocalDate assessmentDate, @Nullable String likelihoodOfReoffending,
                             @Nullable String riskOfSeriousHarm, @Nullable String safetyAndWellbeing,
                             @Nullable String mappaLevel, @Nullable Integer assetScore, Map<String, String> factorNotes,
                             @Nullable String summary, @Nullable String computedLevel, @Nullable String overrideLevel,
                             @Nullable String overrideReason, @Nullable String level, UUID authorId,
                             @Nullable String authorName, @Nullable Instant submittedAt, @Nullable UUID countersignedBy,
                             @Nullable String countersignedByName, @Nullable Instant countersignedAt,
                             @Nullable String countersignComment, boolean locked, long version,
                             List<AssessmentVersionSummary> versions) implements AuditedEntity {

    @Override
    public Object auditId() {
        return id;
    }

    /** One entry of an assessment's history. */
    @Serdeable
    public record AssessmentVersionSummary(int versionNo, String status, @Nullable String level,
                                           @Nullable Instant countersignedAt, Instant updatedAt) { }
}
