package org.yothub.casework.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.yothub.platform.audit.AuditedEntity;

/**
 * One version of a plan with its objectives, its history and the plan's reviews. {@code id} names
 * the plan (stable across versions); {@code next_review_due} is three months (the tenant's review
 * timescale) after the later of the first sign-off and the last review.
 */
@Serdeable
public record PlanView(UUID id, UUID childId, int versionNo, boolean latest, String status, LocalDate planDate,
                       @Nullable String summary, @Nullable String safetyContingency, @Nullable String riskContingency,
                       List<ObjectiveView> objectives, UUID authorId, @Nullable String authorName,
                       @Nullable UUID signedOffBy, @Nullable String signedOffByName, @Nullable Instant signedOffAt,
                       @Nullable String signOffComment, boolean locked, long version, List<VersionSummary> versions,
                       List<ReviewView> reviews, @Nullable LocalDate nextReviewDue,
                       @Nullable String reviewDueReason, boolean reviewOverdue)
        implements AuditedEntity {

    @Override
    public Object auditId() {
        return id;
    }

    @Serdeable
    public record ObjectiveView(int position, String what, String byWhom, LocalDate byWhen, String status) { }

    @Serdeable
    public record VersionSummary(int versionNo, String status, @Nullable Instant signedOffAt, Instant updatedAt) { }

    @Serdeable
    public record ReviewView(UUID id, LocalDate reviewDate, String reason, String notes, UUID reviewedBy,
                             @Nullable String reviewedByName) implements AuditedEntity {
        @Override
        public Object auditId() {
            return id;
        }
    }
}
