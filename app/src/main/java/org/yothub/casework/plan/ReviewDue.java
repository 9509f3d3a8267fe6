package org.yothub.casework.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import org.yothub.casework.contact.WorkingDays;
import org.yothub.platform.tenancy.TenantSettings;

/**
 * When a signed-off plan's next review is due, and why (domain.md §3: "review at least every 3
 * months and on significant change"). Counting from the later of the plan's first sign-off and
 * its latest review (the base):
 * <ul>
 *   <li>{@code scheduled}: the tenant's review months after the base (default 3);</li>
 *   <li>{@code significant_change}: the first significant change after the base (a new outcome, or
 *       a countersigned assessment that changes the level: the database function
 *       {@code significant_change_after}) plus the tenant's plan timescale in working days (default
 *       15), the time a plan itself is given; when that comes first.</li>
 * </ul>
 * A review resets the base, so a review after the change answers it. One rule for the plan's own
 * view and for the caseload.
 */
@Serdeable
public record ReviewDue(LocalDate date, String reason) {
    public static final String SCHEDULED = "scheduled";
    public static final String SIGNIFICANT_CHANGE = "significant_change";

    /** The date changes count from: the later of the first sign-off and the latest review; null before sign-off. */
    public static @Nullable LocalDate base(@Nullable LocalDate firstSignedOff, @Nullable LocalDate lastReview) {
        if (firstSignedOff == null) {
            return null;
        }
        return lastReview != null && lastReview.isAfter(firstSignedOff) ? lastReview : firstSignedOff;
    }

    /** The next review of a plan; null before its first sign-off. */
    public static @Nullable ReviewDue of(@Nullable LocalDate firstSignedOff, @Nullable LocalDate lastReview,
                                         @Nullable LocalDate changedOn, TenantSettings.Timescales t) {
        LocalDate base = base(firstSignedOff, lastReview);
        if (base == null) {
            return null;
        }
        LocalDate scheduled = base.plusMonths(t.reviewMonths());
        if (changedOn != null && changedOn.isAfter(base)) {
            LocalDate onChange = WorkingDays.add(changedOn, t.planWorkingDays());
            if (onChange.isBefore(scheduled)) {
                return new ReviewDue(onChange, SIGNIFICANT_CHANGE);
            }
        }
        return new ReviewDue(scheduled, SCHEDULED);
    }

    /** Overdue on {@code asOf}: the due date has passed. */
    public boolean overdueOn(LocalDate asOf) {
        return asOf.isAfter(date);
    }
}
