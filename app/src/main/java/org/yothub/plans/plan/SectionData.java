package org.yothub.plans.plan;

import java.util.Map;

/** What each section fills in from yot-hub's data, as the plan page tells the writer. */
final class SectionData {
    private static final Map<String, String> DATA = Map.of(
            "governance", "Board members, roles and champions; partner attendance at board meetings",
            "resources", "Partner contributions by agency and type, expenditure, change from last year; volunteers",
            "performance", "National measures with RAG, trends and comparators; disposals; remand spend; live tracker",
            "kpis", "The ten YJB key performance indicators",
            "challenges", "High and escalated risks from the risk register",
            "delivery_plan", "Priorities and actions from the delivery plan",
            "progress", "Actions of the previous plan and their RAG",
            "sign_off", "Board chair and YOT manager sign-off");

    private SectionData() {
    }

    static String describe(String key) {
        return DATA.getOrDefault(key, "");
    }
}
