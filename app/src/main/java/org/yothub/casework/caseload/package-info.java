/**
 * The caseload dashboard: a case manager's open cases (or, for team and YOT managers, the whole
 * team's) with what is overdue as of a date (domain.md §3): the assessment not countersigned
 * within the tenant's working days of the order start (fewer for out-of-court and prevention), the
 * plan not signed off within its working days, the review due (review months, or sooner after a
 * significant change), contacts below the scaled-approach minimum this month, missed-appointment
 * follow-ups past due, past contacts with no outcome recorded, and warnings or breach decisions
 * still to record; and allocation of cases by managers.
 *
 * <p>Reads {@code child}, {@code intervention}, {@code assessment}, {@code intervention_plan},
 * {@code plan_review} and {@code contact} in one query; owns no table; tenant-scoped. Case
 * managers, team and YOT managers.
 */
package org.yothub.casework.caseload;
