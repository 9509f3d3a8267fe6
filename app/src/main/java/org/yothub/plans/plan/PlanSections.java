package org.yothub.plans.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The narrative sections of each plan structure (domain.md §7): YJB guidance 2021 as seed 001 uses
 * it, and the 2024 guidance with its added sections. Templates decide order and headings; this
 * catalogue decides which narratives a plan has and who may write them.
 */
public final class PlanSections {
    public static final String YJB2021 = "yjb2021";
    public static final String YJB2024 = "yjb2024";
    /** Narratives the performance officer may write as well as managers. */
    public static final Set<String> PERFORMANCE = Set.of("performance", "kpis");
    private static final Map<String, String> TITLES = new LinkedHashMap<>();

    static {
        TITLES.put("introduction", "Introduction, vision and strategy");
        TITLES.put("local_context", "Local context");
        TITLES.put("child_first", "Child First");
        TITLES.put("voice_of_child", "Voice of the child");
        TITLES.put("governance", "Governance, leadership and partnership arrangements");
        TITLES.put("board_development", "Board development");
        TITLES.put("progress", "Progress on the previous plan");
        TITLES.put("resources", "Resources and services");
        TITLES.put("performance", "Performance");
        TITLES.put("kpis", "The ten key performance indicators");
        TITLES.put("priorities", "Priorities");
        TITLES.put("standards", "National standards and inspection");
        TITLES.put("workforce", "Workforce development");
        TITLES.put("evidence_based_practice", "Evidence-based practice and innovation");
        TITLES.put("challenges", "Challenges, risks and issues");
        TITLES.put("delivery_plan", "Service improvement and delivery plan");
    }

    private static final List<String> Y2021 = List.of("introduction", "governance", "resources", "performance", "priorities",
            "challenges", "delivery_plan");

    private PlanSections() {
    }

    public static List<String> narratives(String structure) {
        return YJB2021.equals(structure) ? Y2021 : List.copyOf(TITLES.keySet());
    }

    public static boolean has(String structure, String key) {
        return narratives(structure).contains(key);
    }

    public static String title(String key) {
        return TITLES.getOrDefault(key, key);
    }

    public static String defaultStructure(int planYear) {
        return planYear >= 2024 ? YJB2024 : YJB2021;
    }
}
