package org.yothub.plans.board;

import java.util.LinkedHashMap;
import java.util.Map;

/** The partner agencies a board seat and a board attendance row belong to (measures' board_attendance codes). */
public final class Partners {
    public static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        LABELS.put("local_authority", "Local authority");
        LABELS.put("police", "Police");
        LABELS.put("probation", "Probation");
        LABELS.put("health", "Health");
        LABELS.put("education", "Education");
        LABELS.put("other", "Other");
    }

    private Partners() {
    }

    public static String label(String code) {
        return LABELS.getOrDefault(code, code);
    }
}
