/**
 * Intervention plans of a child (domain.md §3): objectives (what, by whom, by when), safety and
 * risk contingency, sign-off by a team or YOT manager who did not write the version, which locks
 * it (a later change creates the next version, whose edit counter continues the locked one's, so
 * an edit opened on the locked version is a conflict; every version stays readable), and reviews
 * at least every {@code review_months} months and on significant change (a new outcome, or a
 * countersigned assessment that changes the level: due within the plan timescale, see
 * {@link org.yothub.casework.plan.ReviewDue}).
 *
 * <p>Tables {@code intervention_plan} (one row per version), {@code plan_objective},
 * {@code plan_review}; tenant-scoped. Case managers, team and YOT managers write; performance
 * officers read.
 */
package org.yothub.casework.plan;
