package org.yothub.plans.budget;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yothub.plans.Actor;
import org.yothub.plans.FormErrors;
import org.yothub.platform.audit.AuditAction;
import org.yothub.platform.audit.Audited;
import org.yothub.platform.security.Roles;
import org.yothub.platform.web.ProblemException;

/** The budget editor: one row per contributing agency, one per spending heading. */
@Controller("/plans/budget")
@Hidden
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.YOT_MANAGER, Roles.TEAM_MANAGER, Roles.PERFORMANCE_OFFICER, Roles.BOARD_MEMBER})
class BudgetPageController {
    private static final int BLANK_ROWS = 3;
    private final BudgetService budgets;
    private final Validator validator;
    private final Actor actor;

    BudgetPageController(BudgetService budgets, Validator validator, Actor actor) {
        this.budgets = budgets;
        this.validator = validator;
        this.actor = actor;
    }

    static int year(Integer year) {
        LocalDate today = LocalDate.now();
        int y = year != null ? year : today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        BudgetService.checkYear(y);
        return y;
    }

    @Get
    @View("plans/budget/form")
    @Produces(MediaType.TEXT_HTML)
    Map<String, Object> show(@Nullable @QueryValue Integer year) {
        int y = year(year);
        BudgetView b = budgets.year(y);
        List<Map<String, String>> rows = new ArrayList<>();
        b.contributions().forEach(c -> rows.add(Map.of("agency", c.agency(), "staffing", plain(c.staffing()), "in_kind", plain(c.inKind()),
                "delegated_funds", plain(c.delegatedFunds()))));
        List<Map<String, String>> spend = new ArrayList<>();
        b.expenditure().forEach(e -> spend.add(Map.of("heading", e.heading(), "category", e.category(), "amount", plain(e.amount()))));
        return model(y, b, rows, spend, Map.of());
    }

    private Map<String, Object> model(int year, BudgetView b, List<Map<String, String>> rows, List<Map<String, String>> spend,
                                      Map<String, String> errors) {
        List<Map<String, String>> r = new ArrayList<>(rows);
        List<Map<String, String>> s = new ArrayList<>(spend);
        for (int i = 0; i < BLANK_ROWS; i++) {
            r.add(Map.of());
            s.add(Map.of());
        }
        Map<String, Object> m = new HashMap<>();
        m.put("year", year);
        m.put("budget", b);
        m.put("rows", r);
        m.put("spend", s);
        m.put("errors", errors);
        m.put("canEdit", actor.hasRole(Roles.YOT_MANAGER) || actor.hasRole(Roles.TEAM_MANAGER));
        return m;
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Secured({Roles.YOT_MANAGER, Roles.TEAM_MANAGER})
    @Audited(action = AuditAction.UPDATE, entity = "budget", idParam = "year")
    HttpResponse<?> save(@Nullable @QueryValue Integer year, @Body Map<String, String> form) {
        int y = year(year);
        Map<String, String> errors = new LinkedHashMap<>();
        List<BudgetForm.Contribution> contributions = new ArrayList<>();
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; form.containsKey("agency_" + i); i++) {
            String agency = FormErrors.value(form, "agency_" + i);
            if (agency == null) {
                continue;
            }
            rows.add(Map.of("agency", agency, "staffing", form.getOrDefault("staffing_" + i, ""), "in_kind",
                    form.getOrDefault("in_kind_" + i, ""), "delegated_funds", form.getOrDefault("delegated_funds_" + i, "")));
            contributions.add(new BudgetForm.Contribution(agency, amount(form, "staffing_" + i, errors),
                    amount(form, "in_kind_" + i, errors), amount(form, "delegated_funds_" + i, errors)));
        }
        List<BudgetForm.Expenditure> expenditure = new ArrayList<>();
        List<Map<String, String>> spend = new ArrayList<>();
        for (int i = 0; form.containsKey("heading_" + i); i++) {
            String heading = FormErrors.value(form, "heading_" + i);
            if (heading == null) {
                continue;
            }
            spend.add(Map.of("heading", heading, "category", form.getOrDefault("category_" + i, "other"), "amount",
                    form.getOrDefault("amount_" + i, "")));
            BigDecimal amount = amount(form, "amount_" + i, errors);
            expenditure.add(new BudgetForm.Expenditure(heading, form.getOrDefault("category_" + i, "other"),
                    amount == null ? BigDecimal.ZERO : amount));
        }
        BudgetForm budget = new BudgetForm(contributions, expenditure);
        FormErrors.of(validator, budget).forEach(errors::putIfAbsent);
        if (errors.isEmpty()) {
            try {
                budgets.replace(y, budget, actor.username());
                return HttpResponse.seeOther(URI.create("/plans/budget?year=" + y));
            } catch (ProblemException e) {
                errors.putAll(FormErrors.of(e));
            }
        }
        return HttpResponse.badRequest(new ModelAndView<>("plans/budget/form", model(y, budgets.year(y), rows, spend, errors)));
    }

    private static BigDecimal amount(Map<String, String> form, String key, Map<String, String> errors) {
        String v = FormErrors.value(form, key);
        if (v == null) {
            return null;
        }
        try {
            BigDecimal b = new BigDecimal(v.replace(",", "").replace("£", ""));
            if (b.signum() < 0) {
                errors.put(key, "Amounts cannot be negative");
            }
            return b;
        } catch (NumberFormatException e) {
            errors.put(key, "Enter an amount in pounds, like 557378 or 557378.50");
            return null;
        }
    }

    private static String plain(BigDecimal b) {
        return b == null ? "" : b.stripTrailingZeros().toPlainString();
    }
}
