package org.yothub.riskregister.demo;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.event.ApplicationEventListener;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yothub.platform.tenancy.TenantDirectory;
import org.yothub.platform.tenancy.TenantScope;
import org.yothub.platform.tenancy.TenantTransactions;
import org.yothub.platform.tenancy.TenantsLoaded;
import org.yothub.platform.web.DemoMode;
import org.yothub.riskregister.objective.RiskObjectiveService;
import org.yothub.riskregister.risk.RiskForms.ActionForm;
import org.yothub.riskregister.risk.RiskForms.ImportRow;
import org.yothub.riskregister.risk.RiskForms.RiskForm;
import org.yothub.riskregister.risk.RiskImportService;
import org.yothub.riskregister.risk.RiskService;
import org.yothub.riskregister.risk.RiskView;

/**
 * Gives every tenant the standard service objectives once the tenant files are loaded and, in
 * demo mode only, loads each demo tenant's seed register in its own convention. Reviews fall due
 * over the coming months (the first two are overdue), one action per register is overdue, and the
 * risks the seed puts before the board are escalated. Idempotent: a register whose first reference
 * exists is left alone.
 */
@Context
class DemoRiskLoader implements ApplicationEventListener<TenantsLoaded> {
    private static final Logger LOG = LoggerFactory.getLogger(DemoRiskLoader.class);
    private final DemoMode demoMode;
    private final TenantDirectory tenants;
    private final TenantTransactions transactions;
    private final RiskObjectiveService objectives;
    private final RiskImportService imports;
    private final RiskService risks;

    DemoRiskLoader(DemoMode demoMode, TenantDirectory tenants, TenantTransactions transactions,
                   RiskObjectiveService objectives, RiskImportService imports, RiskService risks) {
        this.demoMode = demoMode;
        this.tenants = tenants;
        this.transactions = transactions;
        this.objectives = objectives;
        this.imports = imports;
        this.risks = risks;
    }

    @Override
    public void onApplicationEvent(TenantsLoaded event) {
        tenants.all().forEach(t -> TenantScope.run(t.getCode(), objectives::ensureStandardObjectives));
        if (!demoMode.enabled()) {
            return;
        }
        DemoRisks.REGISTERS.keySet().stream().sorted().filter(tenants::exists).forEach(code -> {
            int loaded = load(code, LocalDate.now());
            LOG.info("Demo risk register for {}: {} risks loaded", code, loaded);
        });
    }

    /** Loads one demo tenant's register; returns the number of risks added (0 when it is already there). */
    int load(String tenant, LocalDate today) {
        DemoRisks.Register register = DemoRisks.REGISTERS.get(tenant);
        return TenantScope.call(tenant, () -> transactions.inTenant(false, () -> {
            objectives.ensureStandardObjectives();
            if (risks.exists(ref(register, 1))) {
                return 0;
            }
            List<DemoRisks.Seed> seeds = register.risks();
            for (int i = 0; i < seeds.size(); i++) {
                DemoRisks.Seed s = seeds.get(i);
                RiskImportService.Imported imported = imports.importRow(register.convention(), new ImportRow(s.objective(),
                        s.title(), s.description(), s.impactNarrative(), s.rating(), null, s.controls(), s.owner(),
                        s.actionOwner(), today.plusDays(i * 21L - 30)), "demo", ref(register, i + 1));
                if (i % 4 == 0) {
                    risks.addAction(imported.id(), new ActionForm("action", i == 0 ? "Report progress to the management board"
                            : "Review the controls with partners", s.actionOwner(),
                            i == 0 ? today.minusDays(14) : today.plusDays(30L + i * 7), i == 0 ? "in_progress" : "planned", null));
                }
                if (register.escalated().contains(i + 1)) {
                    escalate(risks.show(imported.id()));
                }
            }
            return seeds.size();
        }));
    }

    private void escalate(RiskView r) {
        risks.update(r.id(), new RiskForm(r.objectiveId(), r.title(), r.description(), r.cause(), r.impactNarrative(),
                r.likelihood(), r.impact(), r.targetScore(), r.ownerRole(), r.ownerStaffId(), r.reviewOn(), "escalated",
                r.version()));
    }

    private static String ref(DemoRisks.Register register, int n) {
        return String.format("%s-%02d", register.prefix(), n);
    }
}
