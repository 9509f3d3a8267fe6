package org.yothub.measures;

import org.yothub.platform.tenancy.TenantSettings;

/**
 * Red/amber/green against a tenant's bounds, direction-aware. Lower-is-better: green below the
 * green bound, red above the red bound, amber between (bounds themselves are amber, as seed 001
 * appendix 3 states "amber 0.10-0.15"). Higher-is-better mirrors it.
 */
public enum Rag {
    GREEN, AMBER, RED, NONE;

    public static Rag of(Double value, TenantSettings.RagBounds bounds, boolean lowerIsBetter) {
        if (value == null || bounds == null) {
            return NONE;
        }
        if (lowerIsBetter) {
            return value < bounds.green() ? GREEN : value > bounds.red() ? RED : AMBER;
        }
        return value > bounds.green() ? GREEN : value < bounds.red() ? RED : AMBER;
    }

    public String css() {
        return "yh-rag-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
