/**
 * Intervention plans of a child (domain.md §3): objectives (what, by whom, by when), safety and
 * risk contingency, sign-off by a team or YOT manager who did not write the version, which locks
 * it (a later change creates the next version; every version stays readable), and reviews at
 * least every {@code review_months} months and on significant change.
 *
 * <p>Tables {@code intervention_plan} (one row per version), {@code plan_objective},
 * {@code plan_review}; tenant-scoped. Case managers, team and YOT managers write; performance
 * officers read.
 */
package org.yothub.casework.plan;
