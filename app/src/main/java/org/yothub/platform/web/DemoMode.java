package org.yothub.platform.web;

import io.micronaut.context.annotation.Context;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yothub.platform.persistence.DatabaseBootstrap;

/**
 * Demo mode is the default embedded run (no {@code YOTHUB_JDBC_URL}); {@code YOTHUB_DEMO=true|false}
 * overrides. In demo mode plain passwords in tenant files are accepted and every page says so.
 */
@Context
@Singleton
public class DemoMode {
    private static final Logger LOG = LoggerFactory.getLogger(DemoMode.class);
    private final boolean enabled;

    DemoMode() {
        String explicit = System.getenv("YOTHUB_DEMO") != null ? System.getenv("YOTHUB_DEMO") : System.getProperty("YOTHUB_DEMO");
        enabled = explicit != null ? Boolean.parseBoolean(explicit) : DatabaseBootstrap.settings().embedded();
        if (enabled) {
            LOG.warn("DEMO MODE: embedded database, demo tenants and demo passwords. Not for real children's data.");
        }
    }

    public boolean enabled() {
        return enabled;
    }
}
