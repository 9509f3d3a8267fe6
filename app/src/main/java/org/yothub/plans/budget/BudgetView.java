package org.yothub.plans.budget;

import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A year's budget with totals and the change from the year before (percent change is null when
 * the earlier figure is zero or absent). {@code variance} = expenditure − contributions
 * (positive is an overspend, as seed 001 §2 shows it).
 */
@Serdeable
public record BudgetView(int financialYear, String label, List<ContributionLine> contributions, Totals totals,
                         List<ExpenditureLine> expenditure, BigDecimal totalExpenditure, BigDecimal variance,
                         BigDecimal previousContributions, BigDecimal previousExpenditure, Double contributionsChange,
                         Double expenditureChange) implements org.yothub.platform.audit.AuditedEntity {

    @Serdeable
    public record ContributionLine(String agency, BigDecimal staffing, BigDecimal inKind, BigDecimal delegatedFunds,
                                   BigDecimal total, BigDecimal previousTotal, Double change) { }

    @Serdeable
    public record Totals(BigDecimal staffing, BigDecimal inKind, BigDecimal delegatedFunds, BigDecimal total) { }

    @Serdeable
    public record ExpenditureLine(String heading, String category, BigDecimal amount, BigDecimal previousAmount, Double change) { }

    public boolean isEmpty() {
        return contributions.isEmpty() && expenditure.isEmpty();
    }

    @Override
    public Object auditId() {
        return financialYear;
    }
}
