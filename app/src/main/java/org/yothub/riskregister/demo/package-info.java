/**
 * Demo data only: the demo tenants' seed risk registers, loaded once the tenant files are loaded.
 * Tenant-scoped.
 */
package org.yothub.riskregister.demo;
