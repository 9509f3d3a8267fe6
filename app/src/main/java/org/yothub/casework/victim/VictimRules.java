package org.yothub.casework.victim;

import org.yothub.casework.CaseRules;

/**
 * Restorative justice is offered before it is taken up, and its type is recorded only when the
 * victim engaged; shared by the API and the case-level import.
 */
public final class VictimRules {
    public static final String RJ_TYPES = "letter|panel|direct_reparation|indirect_reparation|impact_statement|shuttle_mediation|conference";

    private VictimRules() {
    }

    public static CaseRules.Broken check(Boolean offered, Boolean engaged, String rjType) {
        if (Boolean.TRUE.equals(engaged) && !Boolean.TRUE.equals(offered)) {
            return new CaseRules.Broken("engaged_rj", "requires_offer",
                    "A victim can only engage in restorative justice that was offered (offered_rj)");
        }
        if (rjType != null && !Boolean.TRUE.equals(engaged)) {
            return new CaseRules.Broken("rj_type", "requires_engagement",
                    "Record the type of restorative justice only when the victim engaged (engaged_rj)");
        }
        return null;
    }

    public static String label(String rjType) {
        if (rjType == null) {
            return "";
        }
        return switch (rjType) {
            case "letter" -> "Letter of explanation";
            case "panel" -> "Panel attendance";
            case "direct_reparation" -> "Direct reparation";
            case "indirect_reparation" -> "Indirect reparation";
            case "impact_statement" -> "Impact statement";
            case "shuttle_mediation" -> "Shuttle mediation";
            case "conference" -> "Restorative conference";
            default -> rjType;
        };
    }
}
