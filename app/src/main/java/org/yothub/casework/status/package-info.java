/**
 * A child's circumstances over time: ETE (status and hours), accommodation (suitable or not),
 * mental health and substance misuse (need identified, intervention planned, attending) and
 * wider services (early help, child in need, child protection plan, looked after). Each change
 * is a dated row, so the value in force on any date is the latest row on or before it.
 *
 * <p>Table {@code child_status}; tenant-scoped. Case managers, team and YOT managers record
 * changes; performance officers read. Measures may read the table directly or call
 * {@link org.yothub.casework.status.ChildStatusService#asOf}.
 */
package org.yothub.casework.status;
