package org.yothub.casework.caseload;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A caseload as of a date: the counts of what is overdue, each case, and (team view) cases per case manager. */
@Serdeable
public record CaseloadView(LocalDate asOf, String scope, Counts counts, List<Entry> cases, List<ManagerLoad> caseManagers) {

    /** How many cases have each kind of overdue work. */
    @Serdeable
    public record Counts(int cases, int assessmentsOverdue, int plansOverdue, int reviewsOverdue,
                         int contactsBelowMinimum, int followUpsOverdue, int outcomesToRecord, int enforcementDue,
                         int unallocated) { }

    /** One open case and its deadlines; a date is null when it does not apply (no order, no plan yet). */
    @Serdeable
    public record Entry(UUID childId, String childRef, String name, @Nullable UUID caseManagerId,
                        @Nullable String caseManagerName, long childVersion, @Nullable String orderRef,
                        @Nullable String outcomeCode, @Nullable LocalDate orderStart, String level,
                        @Nullable LocalDate assessmentDue, @Nullable LocalDate assessedOn, boolean assessmentOverdue,
                        @Nullable LocalDate planDue, @Nullable LocalDate plannedOn, boolean planOverdue,
                        @Nullable LocalDate reviewDue, @Nullable String reviewDueReason, boolean reviewOverdue,
                        int contactsThisMonth, int contactsMinimum, boolean contactsBelowMinimum,
                        int followUpsOverdue, int outcomesToRecord, int enforcementDue) {
        public int overdueItems() {
            return (assessmentOverdue ? 1 : 0) + (planOverdue ? 1 : 0) + (reviewOverdue ? 1 : 0)
                    + (contactsBelowMinimum ? 1 : 0) + followUpsOverdue + outcomesToRecord
                    + enforcementDue;
        }
    }

    /** A case manager's share of the team's caseload. */
    @Serdeable
    public record ManagerLoad(@Nullable UUID caseManagerId, String name, int cases, int overdueItems) { }
}
