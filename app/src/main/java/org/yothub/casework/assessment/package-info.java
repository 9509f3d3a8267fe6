/**
 * Assessments of a child (domain.md §3): AssetPlus ratings (likelihood of reoffending, risk of
 * serious harm, safety and wellbeing, MAPPA level, factor notes, optional old-Asset score) and the
 * lighter PDAT for out-of-court and prevention work; the scaled-approach level computed from the
 * Asset score band and ROSH, with a practitioner override that needs a reason; the workflow
 * draft, submitted, countersigned by a team or YOT manager who is not the author. A countersigned
 * version is locked: a later change creates the next version, and every version stays readable.
 *
 * <p>Table {@code assessment} (one row per version); tenant-scoped. Case managers, team and YOT
 * managers write; performance officers read. Other features use
 * {@link org.yothub.casework.assessment.AssessmentService#currentLevel(java.util.UUID)}.
 */
package org.yothub.casework.assessment;
