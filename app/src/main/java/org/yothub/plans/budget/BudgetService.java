package org.yothub.plans.budget;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.yothub.plans.PlanSql;
import org.yothub.platform.tenancy.TenantTransactional;
import org.yothub.platform.web.ProblemException;

/** The pooled budget of the current YOT per financial year (table budget_line). */
@Singleton
@TenantTransactional
public class BudgetService {
    private final PlanSql sql;

    BudgetService(PlanSql sql) {
        this.sql = sql;
    }

    private record Line(String kind, String agency, String category, BigDecimal amount) { }

    @TenantTransactional(readOnly = true)
    public BudgetView year(int financialYear) {
        List<Line> now = lines(financialYear);
        List<Line> before = lines(financialYear - 1);
        Map<String, BigDecimal[]> byAgency = new LinkedHashMap<>();
        List<BudgetView.ExpenditureLine> expenditure = new ArrayList<>();
        Map<String, BigDecimal> previousByAgency = new LinkedHashMap<>();
        Map<String, BigDecimal> previousByHeading = new LinkedHashMap<>();
        for (Line l : before) {
            (l.kind().equals("contribution") ? previousByAgency : previousByHeading).merge(l.agency(), l.amount(), BigDecimal::add);
        }
        for (Line l : now) {
            if (l.kind().equals("contribution")) {
                BigDecimal[] v = byAgency.computeIfAbsent(l.agency(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
                int i = switch (l.category()) { case "staffing" -> 0; case "in_kind" -> 1; default -> 2; };
                v[i] = v[i].add(l.amount());
            } else {
                BigDecimal prev = previousByHeading.get(l.agency());
                expenditure.add(new BudgetView.ExpenditureLine(l.agency(), l.category(), l.amount(), prev, change(l.amount(), prev)));
            }
        }
        List<BudgetView.ContributionLine> contributions = new ArrayList<>();
        BigDecimal[] totals = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        byAgency.forEach((agency, v) -> {
            BigDecimal total = v[0].add(v[1]).add(v[2]);
            BigDecimal prev = previousByAgency.get(agency);
            contributions.add(new BudgetView.ContributionLine(agency, v[0], v[1], v[2], total, prev, change(total, prev)));
            for (int i = 0; i < 3; i++) {
                totals[i] = totals[i].add(v[i]);
            }
        });
        BigDecimal total = totals[0].add(totals[1]).add(totals[2]);
        BigDecimal spent = expenditure.stream().map(BudgetView.ExpenditureLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal prevIn = sum(previousByAgency);
        BigDecimal prevOut = sum(previousByHeading);
        return new BudgetView(financialYear, label(financialYear), contributions,
                new BudgetView.Totals(totals[0], totals[1], totals[2], total), expenditure, spent, spent.subtract(total),
                before.isEmpty() ? null : prevIn, before.isEmpty() ? null : prevOut, change(total, prevIn), change(spent, prevOut));
    }

    public BudgetView replace(int financialYear, BudgetForm form, String user) {
        checkYear(financialYear);
        Set<String> agencies = new HashSet<>();
        for (BudgetForm.Contribution c : form.contributions()) {
            if (!agencies.add(c.agency().trim().toLowerCase(java.util.Locale.ROOT))) {
                throw ProblemException.field("contributions", "unique_agency", "each agency may be listed once: " + c.agency().trim());
            }
        }
        Set<String> headings = new HashSet<>();
        for (BudgetForm.Expenditure e : form.expenditure()) {
            if (!headings.add(e.heading().trim().toLowerCase(java.util.Locale.ROOT))) {
                throw ProblemException.field("expenditure", "unique_heading", "each spending heading may be listed once: " + e.heading().trim());
            }
        }
        sql.update("DELETE FROM budget_line WHERE tenant_id = :tenant AND financial_year = ?", financialYear);
        int position = 0;
        for (BudgetForm.Contribution c : form.contributions()) {
            position++;
            insert(financialYear, "contribution", c.agency(), "staffing", c.staffing(), position, user);
            insert(financialYear, "contribution", c.agency(), "in_kind", c.inKind(), position, user);
            insert(financialYear, "contribution", c.agency(), "delegated_funds", c.delegatedFunds(), position, user);
        }
        for (BudgetForm.Expenditure e : form.expenditure()) {
            insert(financialYear, "expenditure", e.heading(), e.category(), e.amount(), ++position, user);
        }
        return year(financialYear);
    }

    public static void checkYear(int financialYear) {
        if (financialYear < 2000 || financialYear > 2100) {
            throw ProblemException.field("year", "year_range", "year must be a financial year start between 2000 and 2100");
        }
    }

    public static String label(int financialYear) {
        return financialYear + "/" + String.format("%02d", (financialYear + 1) % 100);
    }

    private void insert(int year, String kind, String agency, String category, BigDecimal amount, int position, String user) {
        if (amount == null || (kind.equals("contribution") && amount.signum() == 0)) {
            return;
        }
        sql.update("INSERT INTO budget_line (tenant_id, id, financial_year, kind, agency, category, amount, position, updated_by) "
                + "VALUES (:tenant, ?, ?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID(), year, kind, agency.trim(), category, amount,
                position, user);
    }

    private List<Line> lines(int year) {
        return sql.list("SELECT kind, agency, category, amount FROM budget_line WHERE tenant_id = :tenant AND financial_year = ? "
                        + "ORDER BY position, category", rs -> new Line(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getBigDecimal(4)), year);
    }

    private static BigDecimal sum(Map<String, BigDecimal> m) {
        return m.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static Double change(BigDecimal now, BigDecimal before) {
        if (now == null || before == null || before.signum() == 0) {
            return null;
        }
        return now.subtract(before).doubleValue() * 100.0 / before.doubleValue();
    }
}
