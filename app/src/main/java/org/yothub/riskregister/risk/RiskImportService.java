package org.yothub.riskregister.risk;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.yothub.platform.tenancy.TenantTransactional;
import org.yothub.platform.web.ProblemException;
import org.yothub.riskregister.objective.RiskObjectiveService;
import org.yothub.riskregister.risk.RiskForms.ActionForm;
import org.yothub.riskregister.risk.RiskForms.ImportForm;
import org.yothub.riskregister.risk.RiskForms.ImportRow;
import org.yothub.riskregister.risk.RiskForms.RiskForm;

/**
 * Imports a risk register written in one of the seed conventions (see {@link SourceConvention}):
 * each row becomes a risk on the product scale, keeping the original rating, with its controls
 * (one per line) owned by the action owner. All rows or none: a bad row refuses the whole import
 * naming the row and field.
 */
@Singleton
public class RiskImportService {
    /** CSV columns, in any order; only title is required. */
    static final List<String> COLUMNS = List.of("objective", "title", "description", "impact_narrative", "rating",
            "likelihood", "controls", "owner", "action_owner", "review_on");
    private final RiskService risks;
    private final RiskObjectiveService objectives;

    RiskImportService(RiskService risks, RiskObjectiveService objectives) {
        this.risks = risks;
        this.objectives = objectives;
    }

    @Serdeable
    public record ImportResult(String convention, int imported, List<Imported> risks) { }

    @Serdeable
    public record Imported(java.util.UUID id, String riskRef, String title, String sourceRating, int likelihood, int impact,
                           int score, String band) { }

    @TenantTransactional
    public ImportResult importRegister(ImportForm form) {
        SourceConvention convention = SourceConvention.of(form.convention(), "convention");
        List<Imported> out = new ArrayList<>();
        for (int i = 0; i < form.rows().size(); i++) {
            out.add(importRow(convention, form.rows().get(i), "rows[" + i + "]", null));
        }
        return new ImportResult(convention.code(), out.size(), out);
    }

    /** Imports one row with a fixed reference (demo data), or the next free reference when {@code ref} is null. */
    @TenantTransactional
    public Imported importRow(SourceConvention convention, ImportRow row, String where, String ref) {
        SourceConvention.Scored scored = convention.toProduct(row.rating(), row.likelihood(), where + ".rating");
        String owner = RiskService.blankToNull(row.owner());
        RiskForm form = new RiskForm(objectives.findOrAdd(row.objective()).id(), row.title(), row.description(), null,
                row.impactNarrative(), scored.likelihood(), scored.impact(), null, owner == null ? "Not recorded" : owner,
                null, row.reviewOn(), "open", null);
        RiskView risk = risks.create(form, convention, RiskService.blankToNull(row.rating()), "imported", ref);
        if (row.controls() != null) {
            for (String control : row.controls().split("\\R")) {
                if (!control.isBlank()) {
                    risks.addAction(risk.id(), new ActionForm("control", control.trim().replaceFirst("^[•*-]\\s*", ""),
                            RiskService.blankToNull(row.actionOwner()), null, "ongoing", null));
                }
            }
        }
        return new Imported(risk.id(), risk.riskRef(), risk.title(), risk.sourceRating(), risk.likelihood(), risk.impact(),
                risk.score(), risk.band());
    }

    /** Reads CSV text (first line: column names from {@link #COLUMNS}) into an import. */
    public static ImportForm parseCsv(String convention, String csv) {
        if (csv == null || csv.isBlank()) {
            throw ProblemException.field("csv", "required", "must contain a header line and at least one risk");
        }
        List<ImportRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get().parse(new StringReader(csv))) {
            for (String column : parser.getHeaderNames()) {
                if (!COLUMNS.contains(column.toLowerCase(Locale.ROOT))) {
                    throw ProblemException.field("csv", "unknown_column", "has an unknown column '" + column
                            + "'; use " + String.join(", ", COLUMNS));
                }
            }
            for (CSVRecord record : parser) {
                rows.add(row(record.toMap(), record.getRecordNumber() + 1));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw ProblemException.field("csv", "unreadable", "could not be read as CSV: " + e.getMessage());
        }
        return new ImportForm(convention, rows);
    }

    private static ImportRow row(Map<String, String> raw, long line) {
        Map<String, String> v = new java.util.HashMap<>();
        raw.forEach((k, value) -> v.put(k.toLowerCase(Locale.ROOT), value == null || value.isBlank() ? null : value));
        if (v.get("title") == null) {
            throw ProblemException.field("csv", "title_required", "line " + line + ": title must be entered");
        }
        Integer likelihood = null;
        LocalDate reviewOn = null;
        try {
            likelihood = v.get("likelihood") == null ? null : Integer.valueOf(v.get("likelihood"));
            reviewOn = v.get("review_on") == null ? null : LocalDate.parse(v.get("review_on"));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw ProblemException.field("csv", "invalid_value", "line " + line
                    + ": likelihood must be a whole number and review_on a date like 2024-03-31");
        }
        return new ImportRow(v.get("objective"), v.get("title"), v.get("description"), v.get("impact_narrative"),
                v.get("rating"), likelihood, v.get("controls"), v.get("owner"), v.get("action_owner"), reviewOn);
    }
}
