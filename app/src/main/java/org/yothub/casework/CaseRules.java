package org.yothub.casework;

import java.time.LocalDate;

/**
 * The validation rules of domain.md §2, shared by the forms, the API and the case-level import so
 * that every path rejects the same records with the same words. Each check returns null when the
 * rule holds, else the message; the rule names are the {@code rule} of the 400 answers.
 */
public final class CaseRules {
    public static final String MIN_AGE_AT_OFFENCE = "min_age_at_offence";
    public static final String NOT_BEFORE_OFFENCE = "not_before_offence";
    public static final String CUSTODIAL_ONLY = "custodial_only";
    public static final String NOT_BEFORE_OUTCOME = "not_before_outcome";
    public static final String NOT_BEFORE_START = "not_before_start";
    public static final String UNKNOWN_CODE = "unknown_code";

    private CaseRules() {
    }

    /** A child must be at least 10 on the offence date (the age of criminal responsibility). */
    public static String ageAtOffence(LocalDate dateOfBirth, LocalDate offenceDate) {
        if (dateOfBirth == null || offenceDate == null || !offenceDate.isBefore(dateOfBirth.plusYears(10))) {
            return null;
        }
        return "The child was under 10 on the offence date " + offenceDate + " (born " + dateOfBirth
                + "); children under 10 cannot be held criminally responsible";
    }

    public static String outcomeAfterOffence(LocalDate offenceDate, LocalDate outcomeDate) {
        if (offenceDate == null || outcomeDate == null || !outcomeDate.isBefore(offenceDate)) {
            return null;
        }
        return "The outcome date " + outcomeDate + " is before the offence date " + offenceDate;
    }

    /** A release date belongs only to a custodial outcome, and cannot precede the outcome date. */
    public static String releaseDate(boolean custodial, String code, LocalDate outcomeDate, LocalDate releaseDate) {
        if (releaseDate == null) {
            return null;
        }
        if (!custodial) {
            return "A release date can only be recorded for a custodial outcome (DTO or S250), not " + code;
        }
        return outcomeDate != null && releaseDate.isBefore(outcomeDate)
                ? "The release date " + releaseDate + " is before the outcome date " + outcomeDate : null;
    }

    /** The rule name broken by {@link #releaseDate}, given it returned a message. */
    public static String releaseDateRule(boolean custodial) {
        return custodial ? NOT_BEFORE_OUTCOME : CUSTODIAL_ONLY;
    }

    public static String endAfterStart(String what, LocalDate start, LocalDate end) {
        if (start == null || end == null || !end.isBefore(start)) {
            return null;
        }
        return "The " + what + " ends (" + end + ") before it starts (" + start + ")";
    }

    /** A broken rule: the field (or CSV column) it concerns, the rule name and the message. */
    public record Broken(String field, String rule, String message) { }

    /**
     * The three steps of the health and substance misuse KPIs: a planned intervention needs an
     * identified need, attending needs a planned intervention. {@code prefix} is {@code mh} or {@code sm}.
     */
    public static Broken steps(String prefix, String plannedName, Boolean need, Boolean planned, Boolean attending) {
        if (Boolean.TRUE.equals(planned) && !Boolean.TRUE.equals(need)) {
            return new Broken(prefix + "_" + plannedName, "requires_need",
                    "An intervention or treatment can only be planned for an identified need (" + prefix + "_need)");
        }
        if (Boolean.TRUE.equals(attending) && !Boolean.TRUE.equals(planned)) {
            return new Broken(prefix + "_attending", "requires_planned",
                    "Attending needs a planned intervention or treatment (" + prefix + "_" + plannedName + ")");
        }
        return null;
    }

    /** A formal SEND plan (EHCP) needs SEND to be identified. */
    public static Broken send(Boolean identified, Boolean formalPlan) {
        return Boolean.TRUE.equals(formalPlan) && !Boolean.TRUE.equals(identified)
                ? new Broken("send_formal_plan", "requires_send_identified",
                        "A formal SEND plan needs special educational needs to be identified (send_identified)")
                : null;
    }
}
