/**
 * Plans: the Youth Justice Plan (YJB 2021 and 2024 structures), the quarterly board performance
 * report and the cross-tenant oversight report. Owns the tenant-scoped tables board_member,
 * budget_line, plan, plan_narrative, plan_document, plan_rendition, plan_priority, plan_action and
 * plan_action_risk (migrations/plans/); every query of them runs in a {@code @TenantTransactional}
 * and filters by the current tenant. Also owns the platform (not tenant-owned) tables plan_batch
 * and plan_batch_tenant of the plan batch job, which platform administrators run across every YOT
 * (counts, timings and tenant codes only). Figures come from other features' public services only:
 * measures ({@code MeasuresService}, {@code PerformanceService}), benchmarking
 * ({@code BenchmarkViews}), the risk register and volunteers; the oversight report reads benchmark
 * releases only, never casework. Templates live in {@code plan-templates/default/} and may be
 * overridden per tenant in {@code tenants/<code>/templates/}. Staff of the tenant (YOT manager,
 * team manager, performance officer, board member) call it through its pages and API;
 * oversight users call the oversight report only; platform administrators call the plan batch only.
 */
package org.yothub.plans;
