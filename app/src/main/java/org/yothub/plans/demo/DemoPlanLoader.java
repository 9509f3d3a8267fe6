package org.yothub.plans.demo;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yothub.plans.board.BoardMemberForm;
import org.yothub.plans.board.BoardMemberService;
import org.yothub.plans.budget.BudgetForm;
import org.yothub.plans.budget.BudgetService;
import org.yothub.platform.tenancy.TenantScope;
import org.yothub.platform.tenancy.TenantTransactions;
import org.yothub.platform.tenancy.TenantsLoaded;
import org.yothub.platform.web.DemoMode;

/**
 * In demo mode, gives each demo tenant a management board and this financial year's budget (see
 * {@link DemoPlanData}) the first time it starts, so a plan can be produced at once. Tenants that
 * already have board members keep what they have.
 */
@Singleton
class DemoPlanLoader {
    private static final Logger LOG = LoggerFactory.getLogger(DemoPlanLoader.class);
    private final DemoMode demoMode;
    private final TenantTransactions transactions;
    private final BoardMemberService board;
    private final BudgetService budgets;

    DemoPlanLoader(DemoMode demoMode, TenantTransactions transactions, BoardMemberService board, BudgetService budgets) {
        this.demoMode = demoMode;
        this.transactions = transactions;
        this.board = board;
        this.budgets = budgets;
    }

    @EventListener
    void load(TenantsLoaded loaded) {
        if (!demoMode.enabled()) {
            return;
        }
        LocalDate today = LocalDate.now();
        int year = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        for (String tenant : loaded.tenants()) {
            DemoPlanData.Tenant data = DemoPlanData.TENANTS.get(tenant);
            if (data != null) {
                TenantScope.call(tenant, () -> transactions.inTenant(false, () -> seed(tenant, data, year)));
            }
        }
    }

    private boolean seed(String tenant, DemoPlanData.Tenant data, int year) {
        if (!board.active().isEmpty()) {
            return false;
        }
        int position = 0;
        for (DemoPlanData.Member m : data.board()) {
            board.create(new BoardMemberForm(m.name(), m.role(), m.agency(), m.partner(), m.statutory(), m.chair(), m.champion(),
                    position++, null));
        }
        if (budgets.year(year).isEmpty()) {
            List<BudgetForm.Contribution> in = new ArrayList<>();
            data.contributions().forEach(c -> in.add(new BudgetForm.Contribution(c.agency(), DemoPlanData.pounds(c.staffing()),
                    DemoPlanData.pounds(c.inKind()), DemoPlanData.pounds(c.delegated()))));
            List<BudgetForm.Expenditure> out = new ArrayList<>();
            data.spend().forEach(s -> out.add(new BudgetForm.Expenditure(s.heading(), s.category(), DemoPlanData.pounds(s.amount()))));
            budgets.replace(year, new BudgetForm(in, out), "demo");
        }
        LOG.info("Demo board and {} budget loaded for {}", year, tenant);
        return true;
    }
}
