/**
 * Demo data only: fictional volunteer schemes for the demo tenants, generated deterministically
 * and loaded in bulk once the tenant files are loaded. Tenant-scoped.
 */
package org.yothub.volunteers.demo;
