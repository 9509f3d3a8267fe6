package org.yothub.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The shapes of the national dataset. The outcome mix over all outcomes is about CR 25%, YC 15%,
 * YCC 8%, RO 20%, DISCH/FINE 8%, YRO 14%, YRO_ISS 3%, DTO 5%, S250 1%, PREV 1%: first outcomes
 * lean to out-of-court disposals and later ones escalate, weighted so that with three offences a
 * child on average (one first, two later) the mixture gives those shares. Names are invented.
 */
final class NationalDistributions {
    static final Pick<String> FIRST_OUTCOME = Pick.of("PREV", 2, "CR", 40, "YC", 22, "YCC", 8, "DISCH", 3, "FINE", 2,
            "RO", 17, "YRO", 4, "YRO_ISS", 0.5, "DTO", 1, "S250", 0.5);
    static final Pick<String> LATER_OUTCOME = Pick.of("PREV", 0.5, "CR", 17.5, "YC", 11.5, "YCC", 8, "DISCH", 4.5,
            "FINE", 5, "RO", 21.5, "YRO", 19, "YRO_ISS", 4.25, "DTO", 7, "S250", 1.25);
    static final Pick<Integer> AGE_AT_FIRST = Pick.of(10, 2, 11, 4, 12, 8, 13, 13, 14, 18, 15, 20, 16, 19, 17, 16);
    static final Pick<String> SEX = Pick.of("M", 80, "F", 19, "U", 1);
    static final Pick<String> ETHNICITY = Pick.of("White", 72, "Mixed", 9, "Black", 8, "Asian", 7, "Other", 2, "Unknown", 2);
    static final Map<String, List<String>> ETHNICITY_DETAIL = Map.of(
            "White", List.of("White British", "White British", "White British", "White Irish", "White other"),
            "Mixed", List.of("Mixed White and Black Caribbean", "Mixed White and Asian", "Mixed other"),
            "Black", List.of("Black African", "Black Caribbean", "Black other"),
            "Asian", List.of("Asian Pakistani", "Asian Indian", "Asian Bangladeshi", "Asian other"),
            "Other", List.of("Arab", "Any other ethnic group"),
            "Unknown", List.of(""));
    static final Pick<String> CATEGORY = Pick.of("violence_against_the_person", 25, "theft_and_handling", 15,
            "criminal_damage", 10, "drugs", 10, "public_order", 8, "motoring", 8, "robbery", 6, "burglary", 5,
            "breach", 5, "other", 3, "sexual_offences", 2, "fraud_and_forgery", 2, "arson", 1);
    static final List<String> VICTIM_CATEGORIES = List.of("violence_against_the_person", "theft_and_handling",
            "criminal_damage", "robbery", "burglary", "sexual_offences", "arson");
    static final Pick<String> ETE = Pick.of("education", 45, "training", 15, "employment", 10, "re_engagement", 8,
            "neet", 15, "unknown", 7);
    static final Pick<String> END_REASON = Pick.of("completed", 80, "revoked", 8, "breached", 7, "transferred", 5);
    static final Pick<String> RJ_TYPE = Pick.of("letter", 30, "direct_reparation", 15, "indirect_reparation", 20,
            "panel", 12, "impact_statement", 10, "shuttle_mediation", 6, "conference", 7);
    static final Pick<String> YOUNGER_PLACEMENT = Pick.of("LAA", 55, "SCH", 30, "STC", 15);
    static final Pick<String> OLDER_PLACEMENT = Pick.of("LAA", 40, "YOI", 40, "SCH", 10, "STC", 10);
    static final Pick<String> CONTACT_TYPE = Pick.of("office", 40, "home_visit", 25, "phone", 15, "video", 5,
            "school", 10, "other", 5);
    static final Pick<String> CONTACT_OUTCOME = Pick.of("attended", 86, "acceptable_absence", 6, "unacceptable_absence", 8);
    static final Pick<String> RELATIONSHIP = Pick.of("Mother", 55, "Father", 20, "Grandmother", 12, "Aunt", 8, "Stepfather", 5);
    static final List<String> BOYS = List.of("Aiden", "Alfie", "Arlo", "Bailey", "Caleb", "Callum", "Charlie", "Connor",
            "Dexter", "Dylan", "Eli", "Ethan", "Finley", "Harley", "Harvey", "Isaac", "Jayden", "Kai", "Kian", "Leon",
            "Liam", "Logan", "Mason", "Nathan", "Olly", "Reece", "Riley", "Ronan", "Tyler", "Zane", "Owen", "Jack",
            "Noah", "Oscar", "Rhys", "Samir", "Tariq", "Yusuf", "Kofi", "Declan");
    static final List<String> GIRLS = List.of("Abbie", "Amelia", "Bella", "Chloe", "Demi", "Ellie", "Esme", "Freya",
            "Georgia", "Holly", "Imani", "Jade", "Kacey", "Layla", "Maisie", "Nia", "Paige", "Rosie", "Skye", "Tia",
            "Aisha", "Keira", "Lacey", "Mia", "Ruby");
    private static final List<String> FAMILY_START = List.of("Ash", "Brack", "Cald", "Dun", "Elm", "Fern", "Glass",
            "Harts", "Ivy", "Junip", "Kestrel", "Lark", "Mallow", "Nettle", "Oak", "Penny", "Quarr", "Rook", "Salt", "Thistle");
    private static final List<String> FAMILY_END = List.of("combe", "bury", "moor", "stanley", "stead", "hollow", "wick",
            "mere", "bridge", "well", "ton", "hill", "field", "ford", "worth");
    /** 300 invented family names (20 beginnings x 15 endings), so a name search finds a handful of children. */
    static final List<String> FAMILY = families();
    static final List<String> CARER_NAMES = List.of("Sam", "Jo", "Alex", "Chris", "Morgan", "Lee", "Jamie", "Robin");

    private NationalDistributions() {
    }

    private static List<String> families() {
        List<String> out = new ArrayList<>();
        for (String a : FAMILY_START) {
            for (String b : FAMILY_END) {
                out.add(a + b);
            }
        }
        return List.copyOf(out);
    }

    /** Gravity score range (min, max) of an outcome: the disposal follows the seriousness of the offence. */
    static int[] gravity(String code) {
        return switch (code) {
            case "PREV" -> new int[] {1, 1};
            case "CR" -> new int[] {1, 3};
            case "YC", "YCC", "DISCH", "FINE" -> new int[] {2, 4};
            case "RO" -> new int[] {3, 5};
            case "YRO" -> new int[] {4, 6};
            case "YRO_ISS" -> new int[] {5, 7};
            case "DTO" -> new int[] {5, 8};
            default -> new int[] {7, 8};
        };
    }

    /** Months an order or programme lasts (min, max); custody is handled separately. */
    static int[] months(String code) {
        return switch (code) {
            case "CR", "PREV" -> new int[] {1, 3};
            case "RO" -> new int[] {3, 12};
            case "YRO" -> new int[] {6, 24};
            case "YRO_ISS" -> new int[] {6, 12};
            case "YCC" -> new int[] {3, 4};
            default -> new int[] {3, 3};
        };
    }

    /** Contacts a month an order of this kind carries (the scaled approach's usual level for it). */
    static double contactsPerMonth(String code) {
        return switch (code) {
            case "PREV", "YC" -> 1;
            case "CR", "YCC", "RO", "REP" -> 2;
            case "YRO", "DTO", "S250" -> 4;
            case "YRO_ISS" -> 12;
            default -> 1;
        };
    }

    static boolean isCourt(String code) {
        return switch (code) {
            case "DISCH", "FINE", "RO", "REP", "YRO", "YRO_ISS", "DTO", "S250" -> true;
            default -> false;
        };
    }

    static boolean isCustodial(String code) {
        return "DTO".equals(code) || "S250".equals(code);
    }
}
