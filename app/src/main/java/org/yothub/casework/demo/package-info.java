/**
 * The fictional demo caseload: {@link org.yothub.casework.demo.CaseloadGenerator} makes any number
 * of children with offences, outcomes, interventions, remands and victims with realistic
 * distributions (streaming, deterministic per seed, obeying every validation rule), and
 * {@link org.yothub.casework.demo.DemoCaseloadLoader} loads a few hundred per demo YOT at startup
 * in demo mode only. Writes through the case-level bulk writer; tenant-scoped.
 */
package org.yothub.casework.demo;
