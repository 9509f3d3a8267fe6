/**
 * Offences, the outcomes that dispose of them (one per offence, coded with the outcome taxonomy)
 * and court hearings. Rules of domain.md §2: a child must be at least 10 on the offence date; an
 * outcome cannot precede its offence; a release date belongs only to a custodial outcome.
 *
 * <p>Tables {@code offence}, {@code outcome}, {@code hearing}; tenant-scoped. Case managers, team
 * and YOT managers change them; performance officers read. The measures engine reads the tables
 * directly. Other features use {@link org.yothub.casework.offence.OffenceService}.
 */
package org.yothub.casework.offence;
