package org.yothub.casework.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The kinds of status, their allowed values and labels (mirrors the CHECK of {@code child_status}). */
public final class StatusKinds {
    public static final String KINDS = "ete|accommodation|mental_health|substance_misuse|early_help|child_in_need|child_protection_plan|looked_after";
    private static final List<String> STEPS = List.of("no_need", "need_identified", "intervention_planned", "attending");
    private static final List<String> YES_NO = List.of("yes", "no");
    static final Map<String, List<String>> VALUES = new LinkedHashMap<>();
    static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        VALUES.put("ete", List.of("education", "training", "employment", "re_engagement", "custody", "neet", "unknown"));
        VALUES.put("accommodation", List.of("suitable", "unsuitable"));
        VALUES.put("mental_health", STEPS);
        VALUES.put("substance_misuse", STEPS);
        VALUES.put("early_help", YES_NO);
        VALUES.put("child_in_need", YES_NO);
        VALUES.put("child_protection_plan", YES_NO);
        VALUES.put("looked_after", YES_NO);
        LABELS.put("ete", "Education, training or employment");
        LABELS.put("accommodation", "Accommodation");
        LABELS.put("mental_health", "Mental health and emotional wellbeing");
        LABELS.put("substance_misuse", "Substance misuse");
        LABELS.put("early_help", "Early help");
        LABELS.put("child_in_need", "Child in need");
        LABELS.put("child_protection_plan", "Child protection plan");
        LABELS.put("looked_after", "Looked after");
    }

    private StatusKinds() {
    }

    static List<String> kinds() {
        return List.copyOf(VALUES.keySet());
    }

    static String valueLabel(String value) {
        if (value == null) {
            return "";
        }
        return switch (value) {
            case "neet" -> "Not in education, training or employment";
            case "re_engagement" -> "Re-engagement";
            case "need_identified" -> "Need identified";
            case "intervention_planned" -> "Intervention planned";
            case "no_need" -> "No need identified";
            default -> Character.toUpperCase(value.charAt(0)) + value.substring(1).replace('_', ' ');
        };
    }
}
