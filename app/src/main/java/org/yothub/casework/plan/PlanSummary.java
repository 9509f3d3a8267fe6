package org.yothub.casework.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A plan in a child's list: its latest version and when it is next due for review. */
@Serdeable
public record PlanSummary(UUID id, int versionNo, String status, LocalDate planDate, int objectives,
                          @Nullable Instant signedOffAt, @Nullable LocalDate nextReviewDue,
                          @Nullable String reviewDueReason, boolean reviewOverdue) {
}
