/**
 * Hours volunteers give (table volunteer_hours), by activity and role, totalled by month, role and
 * volunteer for a calendar year. Tenant-scoped.
 */
package org.yothub.volunteers.hours;
