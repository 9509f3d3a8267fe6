package org.yothub.riskregister.risk;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yothub.platform.audit.AuditAction;
import org.yothub.platform.audit.Audited;
import org.yothub.platform.security.Roles;
import org.yothub.platform.web.FormBinder;
import org.yothub.platform.web.ProblemException;
import org.yothub.riskregister.risk.RiskForms.ImportForm;

/** The risk dashboard with its heat map, the board's view of escalated risks, and importing a register. */
@Controller("/risks")
@Hidden
@Secured({Roles.YOT_MANAGER, Roles.TEAM_MANAGER, Roles.BOARD_MEMBER})
@ExecuteOn(TaskExecutors.BLOCKING)
class RiskBoardPageController {
    private final RiskDashboard dashboard;
    private final RiskImportService imports;
    private final Validator validator;

    RiskBoardPageController(RiskDashboard dashboard, RiskImportService imports, Validator validator) {
        this.dashboard = dashboard;
        this.imports = imports;
        this.validator = validator;
    }

    @Get
    @View("riskregister/dashboard")
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.VIEW, entity = "risk")
    Map<String, Object> page() {
        return Map.of("summary", dashboard.summary());
    }

    @Get("/board")
    @View("riskregister/board")
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.VIEW, entity = "risk")
    Map<String, Object> board() {
        return Map.of("risks", dashboard.board());
    }

    @Get("/import")
    @Secured({Roles.YOT_MANAGER, Roles.TEAM_MANAGER})
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> importForm() {
        return form(Map.of("convention", "leicestershire_impact", "csv", String.join(",", RiskImportService.COLUMNS) + "\n"),
                Map.of(), null);
    }

    @Post("/import")
    @Secured({Roles.YOT_MANAGER, Roles.TEAM_MANAGER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Audited(action = AuditAction.IMPORT, entity = "risk")
    HttpResponse<?> importRegister(@Body Map<String, String> fields) {
        try {
            ImportForm form = RiskImportService.parseCsv(fields.getOrDefault("convention", ""), fields.get("csv"));
            Map<String, String> errors = new LinkedHashMap<>();
            for (ConstraintViolation<ImportForm> v : validator.validate(form)) {
                errors.putIfAbsent("csv", v.getPropertyPath() + ": " + v.getMessage());
            }
            if (!errors.isEmpty()) {
                return HttpResponse.badRequest(form(fields, errors, null));
            }
            RiskImportService.ImportResult result = imports.importRegister(form);
            return HttpResponse.ok(form(Map.of("convention", fields.getOrDefault("convention", ""), "csv", ""), Map.of(), result));
        } catch (ProblemException e) {
            Map<String, String> errors = FormBinder.errorsOf(e);
            Map<String, String> keyed = new LinkedHashMap<>();
            errors.forEach((k, v) -> keyed.put(k.equals("convention") ? "convention" : "csv",
                    k.equals("convention") || k.equals("csv") ? v : k + ": " + v));
            return HttpResponse.badRequest(form(fields, keyed, null));
        }
    }

    private ModelAndView<Map<String, Object>> form(Map<String, String> fields, Map<String, String> errors,
                                                   RiskImportService.ImportResult result) {
        Map<String, Object> model = new HashMap<>();
        model.put("fields", fields);
        model.put("errors", errors);
        model.put("result", result == null ? Map.of() : result);
        model.put("imported", result != null);
        return new ModelAndView<>("riskregister/risk/import", model);
    }
}
