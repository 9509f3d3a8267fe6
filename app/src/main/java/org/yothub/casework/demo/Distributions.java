package org.yothub.casework.demo;

import java.util.List;
import java.util.Map;

/**
 * The shapes of a youth justice caseload used by the generator, approximated from the published
 * figures in the seed documents (mostly boys aged 14-17, out-of-court disposals for most first
 * offences, escalation for repeat offending, custody rare). Names are invented.
 */
final class Distributions {
    static final List<String> BOYS = List.of("Aiden", "Alfie", "Arlo", "Bailey", "Caleb", "Callum", "Charlie", "Connor",
            "Dexter", "Dylan", "Eli", "Ethan", "Finley", "Harley", "Harvey", "Isaac", "Jayden", "Kai", "Kian", "Leon",
            "Liam", "Logan", "Mason", "Nathan", "Olly", "Reece", "Riley", "Ronan", "Tyler", "Zane");
    static final List<String> GIRLS = List.of("Abbie", "Amelia", "Bella", "Chloe", "Demi", "Ellie", "Esme", "Freya",
            "Georgia", "Holly", "Imani", "Jade", "Kacey", "Layla", "Maisie", "Nia", "Paige", "Rosie", "Skye", "Tia");
    static final List<String> FAMILY = List.of("Ashcombe", "Brackenbury", "Caldmoor", "Dunstanley", "Elmstead",
            "Fernhollow", "Glasswick", "Hartsmere", "Ivybridge-Lowe", "Juniperwell", "Kestrelton", "Larkhill-Moss",
            "Mallowfield", "Nettlecombe", "Oakhanger", "Pennywhistle", "Quarrendon", "Rookwood", "Saltmarsh",
            "Thistlebrook", "Umberleigh", "Vexford", "Willowmere", "Yarrowby", "Brambleton", "Cinderford-Hale",
            "Duckmanton", "Foxbarrow", "Greythorne", "Hollowell");
    static final Weighted<String> SEX = Weighted.of("M", 80, "F", 19, "U", 1);
    static final Weighted<String> ETHNICITY = Weighted.of("White", 72, "Mixed", 9, "Black", 8, "Asian", 7,
            "Other", 2, "Unknown", 2);
    static final Map<String, List<String>> ETHNICITY_DETAIL = Map.of(
            "White", List.of("White British", "White British", "White British", "White Irish", "White Gypsy or Irish Traveller", "White other"),
            "Mixed", List.of("Mixed White and Black Caribbean", "Mixed White and Asian", "Mixed White and Black African", "Mixed other"),
            "Black", List.of("Black African", "Black Caribbean", "Black other"),
            "Asian", List.of("Asian Pakistani", "Asian Indian", "Asian Bangladeshi", "Asian other"),
            "Other", List.of("Arab", "Any other ethnic group"),
            "Unknown", List.of(""));
    static final Weighted<Integer> AGE_AT_FIRST = Weighted.of(10, 2, 11, 4, 12, 8, 13, 13, 14, 18, 15, 20, 16, 19, 17, 16);
    static final Weighted<String> CATEGORY = Weighted.of("violence_against_the_person", 25, "theft_and_handling", 15,
            "criminal_damage", 10, "drugs", 10, "public_order", 8, "motoring", 8, "robbery", 6, "burglary", 5,
            "breach", 5, "other", 3, "sexual_offences", 2, "fraud_and_forgery", 2, "arson", 1);
    static final List<String> VICTIM_CATEGORIES = List.of("violence_against_the_person", "theft_and_handling",
            "criminal_damage", "robbery", "burglary", "sexual_offences", "arson");
    static final Weighted<String> FIRST_OUTCOME = Weighted.of("PREV", 3, "CR", 30, "NFA_O23", 12, "YC", 15, "YCC", 10,
            "DISCH", 4, "FINE", 3, "RO", 15, "REP", 2, "YRO", 4, "YRO_ISS", 0.5, "DTO", 1.2, "S250", 0.3);
    static final Weighted<String> LATER_OUTCOME = Weighted.of("CR", 10, "NFA_O23", 4, "YC", 8, "YCC", 10, "DISCH", 5,
            "FINE", 5, "RO", 18, "REP", 3, "YRO", 22, "YRO_ISS", 5, "DTO", 8, "S250", 2);
    static final Weighted<String> SERIOUS_OUTCOME = Weighted.of("RO", 30, "YRO", 35, "YRO_ISS", 10, "DTO", 20, "S250", 5);
    static final Weighted<String> ETE = Weighted.of("education", 45, "training", 15, "employment", 10,
            "re_engagement", 8, "neet", 15, "unknown", 7);
    static final Weighted<String> END_REASON = Weighted.of("completed", 80, "revoked", 8, "breached", 7, "transferred", 5);
    static final Weighted<String> RJ_TYPE = Weighted.of("letter", 30, "direct_reparation", 15, "indirect_reparation", 20,
            "panel", 12, "impact_statement", 10, "shuttle_mediation", 6, "conference", 7);
    static final Weighted<String> YOUNGER_PLACEMENT = Weighted.of("LAA", 55, "SCH", 30, "STC", 15);
    static final Weighted<String> OLDER_PLACEMENT = Weighted.of("LAA", 40, "YOI", 40, "SCH", 10, "STC", 10);
    static final List<String> DISTRICT_LETTERS = List.of("SO", "PO", "LE", "BH", "GU", "RG", "SP", "NN");

    private Distributions() {
    }

    static int[] gravityRange(String category) {
        return switch (category) {
            case "robbery", "sexual_offences" -> new int[] {5, 8};
            case "violence_against_the_person", "burglary", "arson" -> new int[] {3, 7};
            case "drugs", "fraud_and_forgery" -> new int[] {2, 5};
            default -> new int[] {1, 4};
        };
    }

    /** Months an order or programme lasts (min, max); custody is handled separately. */
    static int[] months(String code) {
        return switch (code) {
            case "CR" -> new int[] {1, 3};
            case "RO" -> new int[] {3, 12};
            case "YRO" -> new int[] {6, 24};
            case "YRO_ISS" -> new int[] {6, 12};
            case "YCC" -> new int[] {3, 4};
            default -> new int[] {3, 3};
        };
    }
}
