package org.yothub.casework.assessment;

import java.util.List;
import org.yothub.platform.tenancy.TenantSettings;

/**
 * The Scaled Approach (domain.md §3): standard for Asset 0-14 and ROSH low; enhanced for Asset
 * 15-32 or ROSH medium/high; intensive for Asset 33-64 or ROSH very high. The Asset bands are the
 * tenant's ({@code settings.scaled_approach_bands}, these by default). The higher of the score band
 * and the ROSH band applies; with neither known there is no computed level.
 */
public final class ScaledApproach {
    public static final List<String> LEVELS = List.of("standard", "enhanced", "intensive");
    /** The AssetPlus factors behind the ratings, as stored keys with their labels. */
    public static final List<List<String>> FACTORS = List.of(
            List.of("living_arrangements", "Living arrangements"), List.of("family", "Family and relationships"),
            List.of("ete", "Education, training and employment"), List.of("neighbourhood", "Neighbourhood"),
            List.of("lifestyle", "Lifestyle"), List.of("substance_use", "Substance use"),
            List.of("physical_health", "Physical health"), List.of("emotional_mental_health", "Emotional and mental health"),
            List.of("speech_language_communication", "Speech, language and communication"),
            List.of("perception_of_self", "Perception of self and others"),
            List.of("thinking_and_behaviour", "Thinking and behaviour"), List.of("attitudes", "Attitudes to offending"),
            List.of("motivation", "Motivation to change"));

    private ScaledApproach() {
    }

    /** The computed level with the default Asset bands, or null when neither an Asset score nor a ROSH rating is recorded. */
    public static String level(Integer assetScore, String riskOfSeriousHarm) {
        return level(assetScore, riskOfSeriousHarm, TenantSettings.ScaledApproachBands.DEFAULT);
    }

    /** The computed level with the tenant's Asset bands, or null when neither an Asset score nor a ROSH rating is recorded. */
    public static String level(Integer assetScore, String riskOfSeriousHarm, TenantSettings.ScaledApproachBands bands) {
        int fromScore = assetScore == null ? -1 : assetScore < bands.enhancedFromAsset() ? 0
                : assetScore < bands.intensiveFromAsset() ? 1 : 2;
        int fromRosh = riskOfSeriousHarm == null ? -1 : switch (riskOfSeriousHarm) {
            case "low" -> 0;
            case "medium", "high" -> 1;
            case "very_high" -> 2;
            default -> -1;
        };
        int level = Math.max(fromScore, fromRosh);
        return level < 0 ? null : LEVELS.get(level);
    }

    static boolean knownFactor(String key) {
        return FACTORS.stream().anyMatch(f -> f.get(0).equals(key));
    }
}
