package org.yothub.plans.budget;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** A year's budget as entered: every partner contribution by type and every expenditure heading. Replaces the year's figures. */
@Serdeable
@Introspected
public record BudgetForm(@NotNull @Size(max = 40) List<@Valid Contribution> contributions,
                         @NotNull @Size(max = 40) List<@Valid Expenditure> expenditure) {

    /** One agency's contribution: staffing costs, payments in kind and other delegated funds, in pounds. */
    @Serdeable
    @Introspected
    public record Contribution(@NotBlank @Size(max = 120) String agency,
                               @Nullable @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal staffing,
                               @Nullable @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal inKind,
                               @Nullable @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal delegatedFunds) { }

    /** A spending heading and its amount in pounds. */
    @Serdeable
    @Introspected
    public record Expenditure(@NotBlank @Size(max = 120) String heading,
                              @NotBlank @Pattern(regexp = "staffing|overheads|activity|accommodation|remand|other",
                                      message = "must be one of staffing, overheads, activity, accommodation, remand, other") String category,
                              @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal amount) { }
}
