package org.yothub.casework.contact;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.yothub.platform.tenancy.TenantSettings;

/** The contact rules of domain.md §3, as pure functions of the tenant's settings. */
public final class ContactRules {
    private ContactRules() {
    }

    /** Minimum contacts a month: the first-3-months rate until three months after the order start. */
    /**
     * The contacts a month the child's level requires (domain.md §3): the first-3-months figure in
     * the first three months of the order open on the date, the later figure after; none without an
     * open order (the minimum is set by an order or programme).
     */
    public static int minimumPerMonth(TenantSettings.ContactFrequency frequency, LocalDate orderStart, LocalDate asOf) {
        if (orderStart == null) {
            return 0;
        }
        return firstThreeMonths(orderStart, asOf) ? frequency.first3Months() : frequency.after();
    }

    static boolean firstThreeMonths(LocalDate orderStart, LocalDate asOf) {
        return orderStart != null && asOf.isBefore(orderStart.plusMonths(3));
    }

    public static final String WARNING = "warning";
    public static final String BREACH_CONSIDERATION = "breach_consideration";
    public static final String WARNING_ISSUED = "warning_issued";
    public static final String BREACH_INITIATED = "breach_initiated";
    public static final String BREACH_NOT_INITIATED = "breach_not_initiated";
    static final String ACTIONS = "warning_issued|breach_initiated|breach_not_initiated";

    /**
     * Whether the step an absence leads to is still to be recorded: a warning is answered by a
     * warning issued (or a breach decision); breach consideration only by a breach decision.
     */
    static boolean enforcementDue(String step, String action) {
        if (step == null) {
            return false;
        }
        return action == null || (BREACH_CONSIDERATION.equals(step) && WARNING_ISSUED.equals(action));
    }

    /** The step the n-th unacceptable absence on an order leads to, or null. */
    static String enforcement(int absenceNumber, TenantSettings.Timescales t) {
        if (absenceNumber >= t.absencesBeforeBreach()) {
            return BREACH_CONSIDERATION;
        }
        return absenceNumber >= t.absencesBeforeWarning() ? WARNING : null;
    }

    /** The place of each unacceptable absence among those of its order, in date order. */
    static Map<UUID, Integer> absenceNumbers(List<Contact> contacts) {
        Map<UUID, Integer> numbers = new HashMap<>();
        Map<UUID, Integer> perOrder = new HashMap<>();
        UUID none = new UUID(0, 0);
        contacts.stream().filter(c -> "unacceptable_absence".equals(c.getOutcome()))
                .sorted(Comparator.comparing(Contact::getContactAt))
                .forEach(c -> numbers.put(c.getId(), perOrder.merge(Objects.requireNonNullElse(c.getInterventionId(), none),
                        1, Integer::sum)));
        return numbers;
    }

    static boolean followUpOverdue(Contact c, LocalDate asOf) {
        return c.getFollowUpDue() != null && c.getFollowedUpOn() == null && asOf.isAfter(c.getFollowUpDue());
    }
}
