package org.yothub.casework.importexport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The five files of the case-level format and their columns, in export order (required columns
 * first). See docs/import-format.md.
 */
public final class CaseLevelFormat {
    public static final String CHILDREN = "children";
    public static final String OUTCOMES = "outcomes";
    public static final String INTERVENTIONS = "interventions";
    public static final String REMANDS = "remands";
    public static final String VICTIMS = "victims";
    public static final List<String> FILES = List.of(CHILDREN, OUTCOMES, INTERVENTIONS, REMANDS, VICTIMS);
    public static final List<String> REQUIRED_FILES = List.of(CHILDREN, OUTCOMES);
    public static final List<String> CHILD_OPTIONAL = List.of("given_name", "family_name", "ethnicity_detail", "postcode_district");
    static final Map<String, List<String>> REQUIRED = new LinkedHashMap<>();
    static final Map<String, List<String>> OPTIONAL = new LinkedHashMap<>();

    static {
        REQUIRED.put(CHILDREN, List.of("child_ref", "date_of_birth", "sex", "ethnicity", "looked_after"));
        OPTIONAL.put(CHILDREN, CHILD_OPTIONAL);
        REQUIRED.put(OUTCOMES, List.of("child_ref", "offence_ref", "offence_date", "offence_category", "gravity_score",
                "serious_violence", "outcome_date", "outcome_code", "release_date"));
        OPTIONAL.put(OUTCOMES, List.of());
        REQUIRED.put(INTERVENTIONS, List.of("child_ref", "intervention_ref", "outcome_code", "start_date", "end_date",
                "end_reason", "ete_status_at_end", "ete_hours_at_end", "accommodation_suitable_at_end", "send_identified",
                "send_formal_plan", "mh_need", "mh_intervention_planned", "mh_attending", "sm_need",
                "sm_treatment_planned", "sm_attending"));
        OPTIONAL.put(INTERVENTIONS, List.of());
        REQUIRED.put(REMANDS, List.of("child_ref", "remand_ref", "start_date", "end_date", "placement"));
        OPTIONAL.put(REMANDS, List.of());
        REQUIRED.put(VICTIMS, List.of("victim_ref", "offence_ref", "consented_to_contact", "offered_rj", "engaged_rj",
                "rj_type", "satisfied"));
        OPTIONAL.put(VICTIMS, List.of());
    }

    private CaseLevelFormat() {
    }

    /** Every column of a file, required then optional: the export header. */
    public static List<String> columns(String file) {
        List<String> all = new java.util.ArrayList<>(REQUIRED.get(file));
        all.addAll(OPTIONAL.get(file));
        return all;
    }
}
