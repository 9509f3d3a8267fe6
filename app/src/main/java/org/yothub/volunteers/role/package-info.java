/**
 * Volunteer roles of a YOT (tenant-owned configuration, table volunteer_role): the standard roles
 * of domain.md §7 plus the YOT's own; read by managers, kept by the volunteer coordinator. Tenant-
 * scoped.
 */
package org.yothub.volunteers.role;
