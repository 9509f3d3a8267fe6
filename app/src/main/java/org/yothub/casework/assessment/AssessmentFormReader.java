package org.yothub.casework.assessment;

import jakarta.inject.Singleton;
import jakarta.validation.Validator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yothub.casework.FormFields;

/** Reads the assessment HTML form into an {@link AssessmentForm}, and an assessment back into form values. */
@Singleton
class AssessmentFormReader {
    private static final Map<String, String> LABELS = Map.of("tool", "Assessment tool", "assessment_date",
            "Assessment date", "asset_score", "Asset score", "override_reason", "Reason for the override",
            "likelihood_of_reoffending", "Likelihood of reoffending", "risk_of_serious_harm", "Risk of serious harm",
            "safety_and_wellbeing", "Safety and wellbeing", "mappa_level", "MAPPA level");
    private final Validator validator;

    AssessmentFormReader(Validator validator) {
        this.validator = validator;
    }

    AssessmentForm read(FormFields f) {
        Map<String, String> notes = new LinkedHashMap<>();
        for (List<String> factor : ScaledApproach.FACTORS) {
            String note = f.text("factor_" + factor.get(0));
            if (note != null) {
                notes.put(factor.get(0), note);
            }
        }
        Long score = f.whole("asset_score", "Asset score");
        if (score != null && (score < 0 || score > 64)) {
            f.error("asset_score", "Asset score must be between 0 and 64");
            score = null;
        }
        AssessmentForm form = new AssessmentForm(f.text("tool"), f.date("assessment_date", "Assessment date"),
                f.text("likelihood_of_reoffending"), f.text("risk_of_serious_harm"), f.text("safety_and_wellbeing"),
                f.text("mappa_level"), score == null ? null : score.intValue(), notes, f.text("summary"),
                f.text("override_level"), f.text("override_reason"), f.whole("version", "Version"));
        f.addViolations(validator.validate(form), LABELS);
        return form;
    }

    static Map<String, String> blank() {
        Map<String, String> v = new HashMap<>();
        v.put("tool", "asset_plus");
        FormFields.putDate(v, "assessment_date", java.time.LocalDate.now());
        return v;
    }

    static Map<String, String> values(AssessmentView a) {
        Map<String, String> v = new HashMap<>();
        v.put("tool", a.tool());
        FormFields.putDate(v, "assessment_date", a.assessmentDate());
        v.put("likelihood_of_reoffending", nz(a.likelihoodOfReoffending()));
        v.put("risk_of_serious_harm", nz(a.riskOfSeriousHarm()));
        v.put("safety_and_wellbeing", nz(a.safetyAndWellbeing()));
        v.put("mappa_level", nz(a.mappaLevel()));
        v.put("asset_score", a.assetScore() == null ? "" : a.assetScore().toString());
        a.factorNotes().forEach((k, note) -> v.put("factor_" + k, note));
        v.put("summary", nz(a.summary()));
        v.put("override_level", nz(a.overrideLevel()));
        v.put("override_reason", nz(a.overrideReason()));
        v.put("version", String.valueOf(a.version()));
        return v;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
