package org.yothub.volunteers.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * How demo volunteers are spread over the standard roles: about 63% community panel members
 * (a fifth of them also chairs), 22% mentors, 10% appropriate adults, the rest reparation
 * supervisors; about 11% also give transport and support to appointments and 5% also mentor.
 */
final class DemoRoleMix {
    private DemoRoleMix() {
    }

    static List<List<String>> allocate(int n, Random random) {
        int panel = Math.round(n * 0.63f);
        int chairs = Math.round(n * 0.135f);
        int mentors = Math.round(n * 0.22f);
        int adults = Math.round(n * 0.10f);
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> roles = new ArrayList<>();
            if (i < panel) {
                roles.add("community_panel_member");
                if (i < chairs) {
                    roles.add("panel_chair");
                }
            } else if (i < panel + mentors) {
                roles.add("mentor");
            } else if (i < panel + mentors + adults) {
                roles.add("appropriate_adult");
            } else {
                roles.add("reparation_supervisor");
            }
            out.add(roles);
        }
        for (int i = 0; i < Math.round(n * 0.11f); i++) {
            out.get(chairs + i * 2 % (n - chairs)).add("appointment_support");
        }
        for (int i = 0; i < Math.round(n * 0.05f); i++) {
            List<String> roles = out.get(chairs + 1 + i * 3 % Math.max(1, panel - chairs - 1));
            if (!roles.contains("mentor")) {
                roles.add("mentor");
            }
        }
        Collections.shuffle(out, random);
        return out;
    }

    static String activityOf(String role) {
        return switch (role) {
            case "community_panel_member", "panel_chair" -> "panel";
            case "mentor" -> "mentoring";
            case "appropriate_adult" -> "appropriate_adult";
            case "reparation_supervisor" -> "reparation";
            case "appointment_support" -> "appointment_support";
            default -> "other";
        };
    }
}
