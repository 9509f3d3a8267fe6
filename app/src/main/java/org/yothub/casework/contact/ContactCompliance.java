package org.yothub.casework.contact;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * How a child's contacts measure up as of a date: the scaled-approach level (from the latest
 * countersigned assessment, else {@code standard} by default), the minimum contacts for the month,
 * attended contacts in that calendar month, overdue follow-ups and unacceptable absences per order.
 */
@Serdeable
public record ContactCompliance(LocalDate asOf, String level, String levelSource, @Nullable LocalDate orderStart,
                                boolean firstThreeMonths, int minimumPerMonth, int attendedThisMonth,
                                boolean belowMinimum, int followUpsOverdue, List<OrderAbsences> orders) {

    /** Unacceptable absences on one order ({@code intervention_id} null: contacts outside any order). */
    @Serdeable
    public record OrderAbsences(@Nullable UUID interventionId, @Nullable String interventionRef, int unacceptableAbsences,
                                @Nullable String enforcement, int warningAt, int breachAt) { }
}
