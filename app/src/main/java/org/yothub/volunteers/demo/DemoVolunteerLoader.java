package org.yothub.volunteers.demo;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.event.ApplicationEventListener;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yothub.platform.security.StaffUser;
import org.yothub.platform.security.StaffUserRepository;
import org.yothub.platform.tenancy.TenantDirectory;
import org.yothub.platform.tenancy.TenantScope;
import org.yothub.platform.tenancy.TenantSettingsService;
import org.yothub.platform.tenancy.TenantTransactions;
import org.yothub.platform.tenancy.TenantsLoaded;
import org.yothub.platform.web.DemoMode;
import org.yothub.volunteers.SqlRows;
import org.yothub.volunteers.role.VolunteerRoleService;

/**
 * Gives every tenant the standard volunteer roles at startup and, in demo mode only, loads the
 * demo tenants' fictional volunteer schemes. Runs once the tenant files are loaded. Idempotent: a tenant whose first demo reference (V-0001) exists is left alone, and every
 * row has a deterministic id inserted with ON CONFLICT DO NOTHING.
 */
@Context
class DemoVolunteerLoader implements ApplicationEventListener<TenantsLoaded> {
    private static final Logger LOG = LoggerFactory.getLogger(DemoVolunteerLoader.class);
    private final DemoMode demoMode;
    private final TenantDirectory tenants;
    private final TenantTransactions transactions;
    private final TenantSettingsService settings;
    private final VolunteerRoleService roles;
    private final StaffUserRepository staff;

    DemoVolunteerLoader(DemoMode demoMode, TenantDirectory tenants, TenantTransactions transactions,
                        TenantSettingsService settings, VolunteerRoleService roles, StaffUserRepository staff) {
        this.demoMode = demoMode;
        this.tenants = tenants;
        this.transactions = transactions;
        this.settings = settings;
        this.roles = roles;
        this.staff = staff;
    }

    @Override
    public void onApplicationEvent(TenantsLoaded event) {
        tenants.all().forEach(t -> TenantScope.run(t.getCode(), roles::ensureStandardRoles));
        if (!demoMode.enabled()) {
            return;
        }
        for (String code : DemoProfile.tenants()) {
            if (tenants.exists(code)) {
                long start = System.nanoTime();
                int written = load(code, LocalDate.now());
                LOG.info("Demo volunteers for {}: {} rows written in {} ms", code, written,
                        (System.nanoTime() - start) / 1_000_000);
            }
        }
    }

    /** Loads one demo tenant's scheme as of {@code today}; returns the rows written (0 if already there). */
    int load(String tenant, LocalDate today) {
        return load(DemoProfile.of(tenant).orElseThrow(), today);
    }

    int load(DemoProfile profile, LocalDate today) {
        String tenant = profile.tenant();
        return TenantScope.call(tenant, () -> transactions.inTenant(false, () -> {
            roles.ensureStandardRoles();
            Connection c = transactions.connection();
            if (SqlRows.one(c, "SELECT 1 FROM volunteer WHERE tenant_id = ? AND volunteer_ref = ?", rs -> 1, tenant,
                    DemoVolunteerData.ref(1)) != null) {
                return 0;
            }
            int renewalYears = settings.current().dbsRenewalYears();
            DemoVolunteerData data = DemoVolunteerData.generate(profile, today, renewalYears);
            List<UUID> officers = staff.findAllOrderByDisplayName().stream()
                    .filter(u -> u.isActive() && u.roleList().contains("case_manager")).map(StaffUser::getId).toList();
            DemoPanelData panels = DemoPanelData.generate(profile, data, today, renewalYears, officers);
            int written = 0;
            for (DemoTable table : List.of(data.volunteers, data.checks, data.trainings, data.assignments, data.hours,
                    panels.panels, panels.members)) {
                written += DemoBulkInsert.insert(c, tenant, table);
            }
            return written;
        }));
    }
}
