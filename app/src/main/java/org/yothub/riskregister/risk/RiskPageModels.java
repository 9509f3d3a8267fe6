package org.yothub.riskregister.risk;

import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yothub.platform.security.StaffUserRepository;
import org.yothub.platform.tenancy.TenantTransactional;
import org.yothub.riskregister.objective.RiskObjectiveService;

/** Models of the risk pages that are rendered from more than one route (first view and re-render on error). */
@Singleton
class RiskPageModels {
    private final RiskObjectiveService objectives;
    private final StaffUserRepository staff;

    RiskPageModels(RiskObjectiveService objectives, StaffUserRepository staff) {
        this.objectives = objectives;
        this.staff = staff;
    }

    ModelAndView<Map<String, Object>> show(RiskView risk, Map<String, String> fields, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("risk", risk);
        model.put("fields", fields);
        model.put("errors", errors);
        model.put("likelihoodLabel", RiskScale.LIKELIHOOD[risk.likelihood() - 1]);
        model.put("impactLabel", RiskScale.IMPACT[risk.impact() - 1]);
        return new ModelAndView<>("riskregister/risk/show", model);
    }

    @TenantTransactional(readOnly = true)
    ModelAndView<Map<String, Object>> form(RiskView existing, Map<String, String> fields, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("risk", existing == null ? Map.of() : existing);
        model.put("editing", existing != null);
        model.put("objectives", objectives.all().stream()
                .filter(o -> o.active() || (existing != null && o.id().equals(existing.objectiveId())))
                .map(o -> List.of(o.id().toString(), o.title())).toList());
        model.put("staff", staff.findAllOrderByDisplayName().stream().filter(u -> u.isActive())
                .map(u -> List.of(u.getId().toString(), u.getDisplayName())).toList());
        model.put("scale", scale());
        model.put("fields", fields);
        model.put("errors", errors);
        return new ModelAndView<>("riskregister/risk/form", model);
    }

    static Map<String, String> fieldsOf(RiskView r) {
        Map<String, String> f = new HashMap<>();
        f.put("objective_id", r.objectiveId().toString());
        f.put("title", r.title());
        f.put("description", text(r.description()));
        f.put("cause", text(r.cause()));
        f.put("impact_narrative", text(r.impactNarrative()));
        f.put("likelihood", String.valueOf(r.likelihood()));
        f.put("impact", String.valueOf(r.impact()));
        f.put("target_score", text(r.targetScore()));
        f.put("owner_role", text(r.ownerRole()));
        f.put("owner_staff_id", text(r.ownerStaffId()));
        f.put("review_on", text(r.reviewOn()));
        f.put("status", r.status());
        f.put("version", String.valueOf(r.version()));
        return f;
    }

    private static Map<String, List<List<String>>> scale() {
        List<List<String>> likelihood = new java.util.ArrayList<>();
        List<List<String>> impact = new java.util.ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            likelihood.add(List.of(String.valueOf(i), i + " – " + RiskScale.LIKELIHOOD[i - 1]));
            impact.add(List.of(String.valueOf(i), i + " – " + RiskScale.IMPACT[i - 1]));
        }
        return Map.of("likelihood", likelihood, "impact", impact);
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }
}
