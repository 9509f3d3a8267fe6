/**
 * The fictional demo caseload: {@link org.yothub.casework.demo.CaseloadGenerator} makes any number
 * of children with offences, outcomes, interventions, remands and victims with realistic
 * distributions (streaming, deterministic per seed, obeying every validation rule), and
 * {@link org.yothub.casework.demo.DemoCaseloadLoader} loads a few hundred per demo YOT at startup
 * in demo mode only, then gives their records hearings, assessments, plans and contacts so that
 * every tab and the caseload show something. Writes through the case-level bulk writer and
 * set-based SQL ({@code child}, {@code hearing}, {@code assessment}, {@code intervention_plan},
 * {@code plan_objective}, {@code plan_review}, {@code contact}, {@code child_status},
 * {@code child_contact_person}); tenant-scoped.
 */
package org.yothub.casework.demo;
