package org.yothub.platform.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class TenantLoaderIT {
    @Inject
    TenantLoader loader;
    @Inject
    TenantDirectory directory;
    @Inject
    TenantSettingsService settings;

    @Test
    void loadingTheSameFilesAgainChangesNothing() {
        assertEquals(0, loader.load());
    }

    @Test
    void registersTheDemoTenantsWithTheirSettings() {
        assertEquals("Southampton Youth Offending Service", directory.displayName("southampton"));
        double sch = TenantScope.call("southampton", () -> settings.current().remandCostPerNight().get("SCH"));
        assertEquals(762.0, sch);
    }
}
