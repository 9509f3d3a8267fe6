/**
 * The volunteer scheme of a YOT (domain.md §7, seed 003 §7): the register of volunteers with
 * optional monitoring data, their roles ({@code role}), DBS checks and trainings and the clearance
 * rules built on them ({@code volunteer}), hours given ({@code hours}), the referral order panel
 * rota ({@code panel}) and demo data ({@code demo}).
 *
 * <p>Tables (all tenant-owned, row-level security): volunteer_role, volunteer,
 * volunteer_assignment, dbs_check, volunteer_training, volunteer_conflict, volunteer_hours,
 * referral_panel, panel_member ({@code migrations/volunteers/}).
 *
 * <p>Who may call it: volunteer coordinators change it; team and YOT managers read it. Other
 * features use only {@link org.yothub.volunteers.VolunteerSummaryService} (the plans feature's
 * volunteer section). Everything runs in a transaction bound to the signed-in user's tenant.
 */
package org.yothub.volunteers;
