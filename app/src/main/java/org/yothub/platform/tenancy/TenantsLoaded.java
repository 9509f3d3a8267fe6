package org.yothub.platform.tenancy;

import java.nio.file.Path;
import java.util.List;

/**
 * Published once the tenant files have been loaded at startup: features that load per-tenant
 * declarative data (published figures, demo data) listen for it, so the tenants exist first.
 */
public record TenantsLoaded(Path directory, List<String> tenants) {
}
