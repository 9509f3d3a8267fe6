package org.yothub.plans.budget;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.yothub.plans.Actor;
import org.yothub.platform.audit.AuditAction;
import org.yothub.platform.audit.Audited;
import org.yothub.platform.security.Roles;

/** Your YOT's pooled budget for a financial year (the year it starts, e.g. 2025 for 2025/26). */
@Controller("/api/v1/budgets")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Plans")
class BudgetApiController {
    private final BudgetService budgets;
    private final Actor actor;

    BudgetApiController(BudgetService budgets, Actor actor) {
        this.budgets = budgets;
        this.actor = actor;
    }

    @Operation(summary = "A year's partner contributions and expenditure, with totals and change from the year before")
    @Get("/{year}")
    @Secured({Roles.YOT_MANAGER, Roles.TEAM_MANAGER, Roles.PERFORMANCE_OFFICER, Roles.BOARD_MEMBER})
    BudgetView get(@PathVariable int year) {
        BudgetService.checkYear(year);
        return budgets.year(year);
    }

    @Operation(summary = "Replace a year's budget figures")
    @Put("/{year}")
    @Secured({Roles.YOT_MANAGER, Roles.TEAM_MANAGER})
    @Audited(action = AuditAction.UPDATE, entity = "budget", idParam = "year")
    BudgetView put(@PathVariable int year, @Body @Valid BudgetForm form) {
        return budgets.replace(year, form, actor.username());
    }
}
