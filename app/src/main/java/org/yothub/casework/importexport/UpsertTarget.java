package org.yothub.casework.importexport;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One casework table written from a staging table of the same column names: the staging
 * columns ({@code "name type"}, {@code id} first), the tenant-unique key matched on, and the
 * statement that moves the staged rows in. A staged row whose key is stored updates that record
 * (every staged column but {@code id} and the key, {@code version} + 1), any other is inserted
 * with its staged id.
 */
record UpsertTarget(String table, String key, List<String> columns, boolean returning) {

    static final UpsertTarget CHILD = new UpsertTarget("child", "child_ref", List.of("id uuid", "child_ref text",
            "date_of_birth date", "sex text", "ethnicity text", "looked_after boolean", "given_name text",
            "family_name text", "ethnicity_detail text", "postcode_district text", "opened_on date"), true);
    static final UpsertTarget OFFENCE = new UpsertTarget("offence", "offence_ref", List.of("id uuid", "child_id uuid",
            "offence_ref text", "offence_date date", "category text", "gravity_score smallint", "serious_violence boolean"),
            true);
    static final UpsertTarget OUTCOME = new UpsertTarget("outcome", "offence_id", List.of("id uuid", "child_id uuid",
            "offence_id uuid", "outcome_date date", "outcome_code text", "release_date date"), false);
    static final UpsertTarget INTERVENTION = new UpsertTarget("intervention", "intervention_ref", List.of("id uuid",
            "child_id uuid", "intervention_ref text", "outcome_code text", "start_date date", "end_date date",
            "end_reason text", "ete_status_at_end text", "ete_hours_at_end numeric", "accommodation_suitable_at_end boolean",
            "send_identified boolean", "send_formal_plan boolean", "mh_need boolean", "mh_intervention_planned boolean",
            "mh_attending boolean", "sm_need boolean", "sm_treatment_planned boolean", "sm_attending boolean"), false);
    static final UpsertTarget REMAND = new UpsertTarget("remand", "remand_ref", List.of("id uuid", "child_id uuid",
            "remand_ref text", "start_date date", "end_date date", "placement text"), false);
    static final UpsertTarget VICTIM = new UpsertTarget("victim", "victim_ref", List.of("id uuid", "offence_id uuid",
            "victim_ref text", "consented_to_contact boolean", "offered_rj boolean", "engaged_rj boolean", "rj_type text",
            "satisfied boolean"), false);

    /** The temporary table's name. */
    String staging() {
        return "import_" + table;
    }

    /** The column list of the staging table. */
    String stagingColumns() {
        return String.join(", ", columns);
    }

    /** The upsert of every staged row, updating all staged columns; one parameter, the tenant. */
    String upsert() {
        return upsert(Set.of());
    }

    /**
     * The upsert of every staged row; one parameter, the tenant. Columns named in {@code keep}
     * are written on insert but left alone on update. A child's {@code opened_on} is only ever
     * filled in, never cleared, by an import.
     */
    String upsert(Set<String> keep) {
        List<String> names = columns.stream().map(c -> c.substring(0, c.indexOf(' '))).toList();
        List<String> set = new ArrayList<>();
        for (String n : names) {
            if (n.equals("id") || n.equals(key) || keep.contains(n)) {
                continue;
            }
            set.add(n.equals("opened_on") ? "opened_on = coalesce(EXCLUDED.opened_on, t.opened_on)" : n + " = EXCLUDED." + n);
        }
        set.add("version = t.version + 1");
        set.add("updated_at = now()");
        String cols = String.join(", ", names);
        return "INSERT INTO " + table + " AS t (tenant_id, " + cols + ") SELECT ?, " + cols + " FROM " + staging()
                + " ON CONFLICT (tenant_id, " + key + ") DO UPDATE SET " + String.join(", ", set)
                + (returning ? " RETURNING t." + key + ", t.id" : "");
    }
}
