package org.yothub.casework.plan;

import jakarta.inject.Singleton;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yothub.casework.FormFields;
import org.yothub.casework.contact.WorkingDays;

/**
 * Reads the plan HTML form. Objectives are numbered rows ({@code objective_1_what},
 * {@code objective_1_by_whom}, {@code objective_1_by_when-day}...); a wholly blank row is ignored.
 */
@Singleton
class PlanFormReader {
    static final int MAX_ROWS = 30;
    static final int BLANK_ROWS = 2;
    private final Validator validator;

    PlanFormReader(Validator validator) {
        this.validator = validator;
    }

    PlanForm read(FormFields f) {
        List<PlanForm.ObjectiveForm> list = new ArrayList<>();
        for (int i = 1; i <= MAX_ROWS; i++) {
            String p = "objective_" + i + "_";
            String what = f.text(p + "what");
            String who = f.text(p + "by_whom");
            LocalDate when = f.date(p + "by_when", "Objective " + i + " due date");
            boolean blankDate = f.text(p + "by_when-day") == null && f.text(p + "by_when-month") == null
                    && f.text(p + "by_when-year") == null;
            if (what == null && who == null && blankDate) {
                continue;
            }
            if (what == null) {
                f.error(p + "what", "Objective " + i + ": enter what will be done");
            }
            if (who == null) {
                f.error(p + "by_whom", "Objective " + i + ": enter who will do it");
            }
            if (blankDate) {
                f.error(p + "by_when", "Objective " + i + ": enter when it is due");
            }
            list.add(new PlanForm.ObjectiveForm(what == null ? "" : what, who == null ? "" : who,
                    when == null ? LocalDate.MIN : when, f.text(p + "status")));
        }
        PlanForm form = new PlanForm(f.date("plan_date", "Plan date"), f.text("summary"), f.text("safety_contingency"),
                f.text("risk_contingency"), list, f.whole("version", "Version"));
        if (!f.hasErrors()) {
            f.addViolations(validator.validate(form), Map.of("plan_date", "Plan date"));
        }
        return form;
    }

    ReviewForm readReview(FormFields f) {
        ReviewForm form = new ReviewForm(f.date("review_date", "Review date"), f.text("reason"), f.text("notes"));
        f.addViolations(validator.validate(form), Map.of("review_date", "Review date", "reason", "Reason for the review",
                "notes", "What the review found"));
        return form;
    }

    static Map<String, String> blank() {
        Map<String, String> v = new HashMap<>();
        FormFields.putDate(v, "plan_date", WorkingDays.today());
        return v;
    }

    static Map<String, String> values(PlanView p) {
        Map<String, String> v = new HashMap<>();
        FormFields.putDate(v, "plan_date", p.planDate());
        v.put("summary", nz(p.summary()));
        v.put("safety_contingency", nz(p.safetyContingency()));
        v.put("risk_contingency", nz(p.riskContingency()));
        for (PlanView.ObjectiveView o : p.objectives()) {
            String prefix = "objective_" + o.position() + "_";
            v.put(prefix + "what", o.what());
            v.put(prefix + "by_whom", o.byWhom());
            FormFields.putDate(v, prefix + "by_when", o.byWhen());
            v.put(prefix + "status", o.status());
        }
        v.put("version", String.valueOf(p.version()));
        return v;
    }

    /** How many objective rows the form shows: those filled plus some blank ones. */
    static int rows(Map<String, String> values) {
        int last = 0;
        for (int i = 1; i <= MAX_ROWS; i++) {
            String p = "objective_" + i + "_";
            if (has(values, p + "what") || has(values, p + "by_whom") || has(values, p + "by_when-day")) {
                last = i;
            }
        }
        return Math.min(MAX_ROWS, last + BLANK_ROWS);
    }

    private static boolean has(Map<String, String> values, String key) {
        String v = values.get(key);
        return v != null && !v.isBlank();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
