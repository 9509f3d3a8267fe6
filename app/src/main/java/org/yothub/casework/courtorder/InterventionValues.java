package org.yothub.casework.courtorder;

import java.util.HashMap;
import java.util.Map;
import org.yothub.casework.FormFields;

/** An intervention as the values of its edit form. */
final class InterventionValues {
    private InterventionValues() {
    }

    static Map<String, String> of(InterventionView i) {
        Map<String, String> v = new HashMap<>();
        v.put("intervention_ref", i.interventionRef());
        v.put("outcome_code", i.outcomeCode());
        FormFields.putDate(v, "start_date", i.startDate());
        FormFields.putDate(v, "end_date", i.endDate());
        v.put("end_reason", nz(i.endReason()));
        v.put("ete_status_at_end", nz(i.eteStatusAtEnd()));
        v.put("ete_hours_at_end", i.eteHoursAtEnd() == null ? "" : i.eteHoursAtEnd().stripTrailingZeros().toPlainString());
        v.put("accommodation_suitable_at_end", FormFields.tri(i.accommodationSuitableAtEnd()));
        v.put("send_identified", FormFields.tri(i.sendIdentified()));
        v.put("send_formal_plan", FormFields.tri(i.sendFormalPlan()));
        v.put("mh_need", FormFields.tri(i.mhNeed()));
        v.put("mh_intervention_planned", FormFields.tri(i.mhInterventionPlanned()));
        v.put("mh_attending", FormFields.tri(i.mhAttending()));
        v.put("sm_need", FormFields.tri(i.smNeed()));
        v.put("sm_treatment_planned", FormFields.tri(i.smTreatmentPlanned()));
        v.put("sm_attending", FormFields.tri(i.smAttending()));
        v.put("early_help_at_end", FormFields.tri(i.earlyHelpAtEnd()));
        v.put("child_in_need_at_end", FormFields.tri(i.childInNeedAtEnd()));
        v.put("child_protection_plan_at_end", FormFields.tri(i.childProtectionPlanAtEnd()));
        v.put("looked_after_at_end", FormFields.tri(i.lookedAfterAtEnd()));
        v.put("version", String.valueOf(i.version()));
        return v;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

}
