package org.yothub.benchmarking;

import java.util.List;

/** Breakdowns of the catalogue (BENCH-SDC v1 rule 4): top-level groups only. */
public final class Breakdown {
    public static final String NONE = "none";
    public static final String SEX = "sex";
    public static final String AGE = "age_band";
    public static final String ETHNICITY = "ethnicity";
    public static final List<String> ALL = List.of(NONE, SEX, AGE, ETHNICITY);
    public static final List<String> SEXES = List.of("M", "F");
    public static final List<String> AGE_BANDS = List.of("10-14", "15-17");
    public static final List<String> ETHNIC_GROUPS = List.of("White", "Mixed", "Asian", "Black", "Other", "Unknown");

    private Breakdown() {
    }

    public static List<String> values(String breakdown) {
        return switch (breakdown) {
            case NONE -> List.of("all");
            case SEX -> SEXES;
            case AGE -> AGE_BANDS;
            case ETHNICITY -> ETHNIC_GROUPS;
            default -> List.of();
        };
    }

    static String ageBand(int age) {
        return age <= 14 ? "10-14" : "15-17";
    }
}
