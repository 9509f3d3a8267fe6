/**
 * The volunteer register (tables volunteer, volunteer_assignment, dbs_check, volunteer_training,
 * volunteer_conflict): details, monitoring data, roles, DBS checks, trainings, children a
 * volunteer knows, and the clearance rules (ComplianceService) that panels and role assignments
 * obey. Tenant-scoped.
 */
package org.yothub.volunteers.volunteer;
