/**
 * Contacts with a child (domain.md §3): scheduled and recorded appointments (office, home visit,
 * phone, video, school, other) with their outcome; the minimum contacts per month from the
 * tenant's scaled-approach table for the child's current level (first three months of the order
 * and after); missed-appointment follow-ups due within the tenant's working-day timescale; and
 * unacceptable absences counted per order, the second leading to a warning and the third to
 * breach consideration (tenant-configurable), with the step taken recorded on the absence
 * (warning issued, breach proceedings started or not, with the reason). Without an open order
 * there is no minimum.
 *
 * <p>Table {@code contact}; reads {@code intervention} for the child's orders; tenant-scoped.
 * Case managers, team and YOT managers write; performance officers read.
 * {@link org.yothub.casework.contact.WorkingDays} is shared with the caseload.
 */
package org.yothub.casework.contact;
