/**
 * Measures: the youth justice indicators of domain.md §4 and §4a, computed live from the
 * tenant's casework tables (child, offence, outcome, intervention, remand, victim) and the
 * outcome_code reference data, for any period id and an optional as-of date. Tenant-scoped:
 * every query runs in a {@code @TenantTransactional} and filters by the current tenant.
 * Called by the measures API and performance pages, and by plans and benchmarking through
 * {@link org.yothub.measures.MeasuresService}.
 */
package org.yothub.measures;
