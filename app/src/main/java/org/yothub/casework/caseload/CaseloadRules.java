package org.yothub.casework.caseload;

import java.time.LocalDate;
import java.util.Set;
import org.yothub.casework.contact.ContactRules;
import org.yothub.casework.contact.WorkingDays;
import org.yothub.casework.plan.ReviewDue;
import org.yothub.platform.tenancy.TenantSettings;

/** Turns a case's facts into deadlines and overdue flags (domain.md §3), as of a date. */
final class CaseloadRules {
    private static final Set<String> LIGHT_TIERS = Set.of("out_of_court", "prevention");

    private CaseloadRules() {
    }

    static CaseloadView.Entry entry(CaseFacts f, TenantSettings s, LocalDate asOf) {
        TenantSettings.Timescales t = s.timescales();
        LocalDate start = f.orderStart();
        LocalDate assessmentDue = null;
        LocalDate planDue = null;
        if (start != null) {
            int days = LIGHT_TIERS.contains(f.tier()) ? t.outOfCourtAssessmentWorkingDays() : t.assessmentWorkingDays();
            assessmentDue = WorkingDays.add(start, days);
            planDue = WorkingDays.add(start, t.planWorkingDays());
        }
        ReviewDue review = ReviewDue.of(f.planFirstSignedOff(), f.lastReview(), f.significantChange(), t);
        String level = f.level() == null ? "standard" : f.level();
        TenantSettings.ContactFrequency frequency = s.scaledApproach().getOrDefault(level,
                TenantSettings.defaults().scaledApproach().get(level));
        int minimum = ContactRules.minimumPerMonth(frequency, start, asOf);
        return new CaseloadView.Entry(f.childId(), f.childRef(), name(f), f.caseManagerId(), f.caseManagerName(),
                f.childVersion(), f.orderRef(), f.outcomeCode(), start, level,
                assessmentDue, f.assessedOn(), assessmentDue != null && f.assessedOn() == null && asOf.isAfter(assessmentDue),
                planDue, f.plannedOn(), planDue != null && f.plannedOn() == null && asOf.isAfter(planDue),
                review == null ? null : review.date(), review == null ? null : review.reason(),
                review != null && review.overdueOn(asOf),
                f.attendedThisMonth(), minimum, f.attendedThisMonth() < minimum, f.followUpsOverdue(), f.outcomesToRecord(),
                f.enforcementDue());
    }

    private static String name(CaseFacts f) {
        String name = ((f.givenName() == null ? "" : f.givenName()) + " " + (f.familyName() == null ? "" : f.familyName())).trim();
        return name.isEmpty() ? f.childRef() : name;
    }
}
