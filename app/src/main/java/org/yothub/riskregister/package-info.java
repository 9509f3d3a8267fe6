/**
 * The service risk register of a YOT (domain.md §7, seed 003 §9, seed 001 appendix 8, seed 002 §4):
 * risks filed under service objectives ({@code objective}), scored likelihood x impact and banded by
 * the tenant's risk bands, with controls and actions, an append-only history with the score before
 * and after every change, links to plan priorities and actions, a heat map, the board's view of
 * escalated risks, CSV/XLSX downloads and import of registers in the seed conventions
 * ({@code risk}); demo registers from the seeds ({@code demo}). See docs/risk-register.md.
 *
 * <p>Tables (all tenant-owned, row-level security): risk_objective, risk, risk_action, risk_history
 * (append-only), risk_link ({@code migrations/riskregister/}).
 *
 * <p>Who may call it: YOT and team managers change it; board members read it. Other features use
 * only {@link org.yothub.riskregister.RiskRegisterService} (the plans feature's "challenges, risks and
 * issues"). Everything runs in a transaction bound to the signed-in user's tenant.
 */
package org.yothub.riskregister;
