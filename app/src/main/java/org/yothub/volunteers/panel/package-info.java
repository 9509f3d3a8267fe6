/**
 * Referral order youth offender panels (tables referral_panel, panel_member): two community panel
 * members and a YOT officer, booked under the rules in PanelRules, with outcomes. Tenant-scoped.
 */
package org.yothub.volunteers.panel;
