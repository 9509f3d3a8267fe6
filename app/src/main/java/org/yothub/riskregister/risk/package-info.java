/**
 * The risk aggregate (tables risk, risk_action, risk_history, risk_link): scoring and bands,
 * history, dashboard and heat map, import in the seed conventions, downloads, pages and API.
 * Tenant-scoped.
 */
package org.yothub.riskregister.risk;
