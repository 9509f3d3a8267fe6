/**
 * Service objectives risks are filed under (table risk_objective, tenant-owned configuration),
 * with defaults from the seed plans. Tenant-scoped.
 */
package org.yothub.riskregister.objective;
