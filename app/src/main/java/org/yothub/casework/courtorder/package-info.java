/**
 * Orders and interventions of a child (court orders and out-of-court programmes) with their
 * end-of-intervention facts (ETE, accommodation, SEND, health, substance misuse, wider services,
 * read by the YJB KPIs), the requirements of youth rehabilitation orders, and remand episodes with
 * their nights and cost (nights x the tenant's cost per night for the placement type).
 *
 * <p>Tables {@code intervention}, {@code yro_requirement}, {@code remand}; tenant-scoped. Case
 * managers, team and YOT managers change them; performance officers read.
 */
package org.yothub.casework.courtorder;
