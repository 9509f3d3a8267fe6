package org.yothub.plans.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yothub.plans.Actor;
import org.yothub.platform.security.Roles;

/** Which workflow buttons a user sees on a plan, by its status and their role. */
final class WorkflowSteps {
    private static final Map<String, List<String>> ROLES = Map.of(
            "submit", List.of(Roles.YOT_MANAGER, Roles.TEAM_MANAGER),
            "return", List.of(Roles.YOT_MANAGER, Roles.BOARD_MEMBER),
            "approve", List.of(Roles.BOARD_MEMBER),
            "sign", List.of(Roles.YOT_MANAGER),
            "publish", List.of(Roles.YOT_MANAGER),
            "revise", List.of(Roles.YOT_MANAGER, Roles.TEAM_MANAGER));

    private WorkflowSteps() {
    }

    static boolean allowed(String step, Actor actor) {
        return ROLES.getOrDefault(step, List.of()).stream().anyMatch(actor::hasRole);
    }

    static List<Map<String, Object>> available(PlanView plan, Actor actor) {
        List<Map<String, Object>> out = new ArrayList<>();
        switch (plan.status()) {
            case "draft" -> add(out, actor, "submit", "Submit to the board", false);
            case "submitted" -> {
                if (plan.chairSignedAt() == null) {
                    add(out, actor, "approve", "Record the board's approval", false);
                }
                if (plan.managerSignedAt() == null) {
                    add(out, actor, "sign", "Sign off as YOT manager", false);
                }
                add(out, actor, "return", "Return to draft for changes", true);
            }
            case "approved" -> {
                add(out, actor, "publish", "Publish", false);
                add(out, actor, "return", "Return to draft for changes", true);
            }
            case "published" -> add(out, actor, "revise", "Start a new revision", true);
            default -> { }
        }
        return out;
    }

    private static void add(List<Map<String, Object>> out, Actor actor, String action, String label, boolean secondary) {
        if (allowed(action, actor)) {
            out.add(Map.of("action", action, "label", label, "secondary", secondary));
        }
    }
}
