package org.yothub.casework.importexport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import org.yothub.casework.importexport.CaseRows.ChildRow;
import org.yothub.casework.importexport.CaseRows.InterventionRow;
import org.yothub.casework.importexport.CaseRows.OutcomeRow;
import org.yothub.casework.importexport.CaseRows.RemandRow;
import org.yothub.casework.importexport.CaseRows.VictimRow;

/**
 * Turns the uploaded files into rows, reporting every value that cannot be read (file, row,
 * column). Rules that span rows, files or stored data are checked by {@link CaseLevelValidator}.
 */
final class CaseLevelParser {
    static final List<String> SEXES = List.of("M", "F", "X", "U");
    static final List<String> ETHNICITIES = List.of("White", "Mixed", "Asian", "Black", "Other", "Unknown");
    static final List<String> ETE = List.of("education", "training", "employment", "re_engagement", "custody", "neet", "unknown");
    static final List<String> PLACEMENTS = List.of("LAA", "SCH", "STC", "YOI");
    static final List<String> RJ_TYPES = List.of("letter", "panel", "direct_reparation", "indirect_reparation",
            "impact_statement", "shuttle_mediation", "conference");
    private static final Pattern POSTCODE_DISTRICT = Pattern.compile("[A-Z]{1,2}[0-9][0-9A-Z]?");
    private final ImportErrors errors;

    CaseLevelParser(ImportErrors errors) {
        this.errors = errors;
    }

    /** Parses the uploaded files (file name without .csv to content); absent optional files are empty. */
    CaseRows.Batch parse(Map<String, byte[]> files) {
        for (String required : CaseLevelFormat.REQUIRED_FILES) {
            if (files.get(required) == null) {
                errors.add(required, null, null, "The " + required + " file is required");
            }
        }
        Map<String, CsvFile> csv = new HashMap<>();
        files.forEach((name, bytes) -> {
            if (bytes != null) {
                CsvFile f = CsvFile.parse(name, bytes, errors);
                if (f != null) {
                    csv.put(name, f);
                }
            }
        });
        Set<String> childColumns = new LinkedHashSet<>();
        if (csv.containsKey(CaseLevelFormat.CHILDREN)) {
            CaseLevelFormat.CHILD_OPTIONAL.stream().filter(csv.get(CaseLevelFormat.CHILDREN)::has).forEach(childColumns::add);
        }
        return new CaseRows.Batch(rows(csv.get(CaseLevelFormat.CHILDREN), this::child),
                rows(csv.get(CaseLevelFormat.OUTCOMES), this::outcome),
                rows(csv.get(CaseLevelFormat.INTERVENTIONS), this::intervention),
                rows(csv.get(CaseLevelFormat.REMANDS), this::remand),
                rows(csv.get(CaseLevelFormat.VICTIMS), this::victim), childColumns);
    }

    private <T> List<T> rows(CsvFile file, Function<RowReader, T> reader) {
        List<T> out = new ArrayList<>();
        if (file == null) {
            return out;
        }
        RowReader r = new RowReader(file, errors);
        for (CSVRecord rec : file.records) {
            if (r.at(rec, (int) rec.getRecordNumber())) {
                out.add(reader.apply(r));
            }
        }
        return out;
    }

    private ChildRow child(RowReader r) {
        String district = r.text("postcode_district", false, 4);
        if (district != null && !POSTCODE_DISTRICT.matcher(district).matches()) {
            r.error("postcode_district", "'" + district + "' is not a postcode district such as SO14 (capitals)");
        }
        return new ChildRow(r.row(), r.ref("child_ref"), r.pastDate("date_of_birth", true), r.oneOf("sex", true, SEXES),
                r.oneOf("ethnicity", true, ETHNICITIES), r.yn("looked_after"), r.text("given_name", false, 100),
                r.text("family_name", false, 100), r.text("ethnicity_detail", false, 100), district, null);
    }

    private OutcomeRow outcome(RowReader r) {
        Integer gravity = r.whole("gravity_score", 1, 8);
        Boolean serious = r.yn("serious_violence");
        return new OutcomeRow(r.row(), r.ref("child_ref"), r.ref("offence_ref"), r.pastDate("offence_date", true),
                r.text("offence_category", true, 100), gravity == null ? 0 : gravity, Boolean.TRUE.equals(serious),
                r.pastDate("outcome_date", false), r.raw("outcome_code"), r.date("release_date", false));
    }

    private InterventionRow intervention(RowReader r) {
        return new InterventionRow(r.row(), r.ref("child_ref"), r.ref("intervention_ref"), r.text("outcome_code", true, 40),
                r.date("start_date", true), r.date("end_date", false), r.text("end_reason", false, 200),
                r.oneOf("ete_status_at_end", false, ETE), r.hours("ete_hours_at_end"), r.yn("accommodation_suitable_at_end"),
                r.yn("send_identified"), r.yn("send_formal_plan"), r.yn("mh_need"), r.yn("mh_intervention_planned"),
                r.yn("mh_attending"), r.yn("sm_need"), r.yn("sm_treatment_planned"), r.yn("sm_attending"));
    }

    private RemandRow remand(RowReader r) {
        return new RemandRow(r.row(), r.ref("child_ref"), r.ref("remand_ref"), r.date("start_date", true),
                r.date("end_date", false), r.oneOf("placement", true, PLACEMENTS));
    }

    private VictimRow victim(RowReader r) {
        return new VictimRow(r.row(), r.ref("victim_ref"), r.ref("offence_ref"), r.yn("consented_to_contact"),
                r.yn("offered_rj"), r.yn("engaged_rj"), r.oneOf("rj_type", false, RJ_TYPES), r.yn("satisfied"));
    }
}
