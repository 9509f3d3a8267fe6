package org.yothub.casework.courtorder;

/** Value sets of the order tables. */
final class Orders {
    static final String ETE_STATUSES = "education|training|employment|re_engagement|custody|neet|unknown";
    static final String PLACEMENTS = "LAA|SCH|STC|YOI";
    static final String REQUIREMENTS = "supervision|activity|curfew|programme|residence|mental_health_treatment|"
            + "drug_testing|drug_treatment|intoxicating_substance_treatment|education|local_authority_residence|"
            + "unpaid_work|attendance_centre|prohibited_activity|exclusion|electronic_monitoring|"
            + "intensive_supervision_and_surveillance|intensive_fostering";
    static final String REF = "[A-Za-z0-9][A-Za-z0-9_./-]*";

    private Orders() {
    }

    static String placementLabel(String code) {
        return switch (code) {
            case "LAA" -> "Local authority accommodation";
            case "SCH" -> "Secure children's home";
            case "STC" -> "Secure training centre";
            case "YOI" -> "Young offender institution";
            default -> code;
        };
    }
}
