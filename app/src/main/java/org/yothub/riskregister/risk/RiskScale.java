package org.yothub.riskregister.risk;

import org.yothub.platform.tenancy.TenantSettings;

/**
 * The product's risk scale (domain.md §7): likelihood and impact 1-5 with 5 worst, score =
 * likelihood x impact (1-25), band high when score >= the tenant's high bound, medium when >= its
 * medium bound, else low (defaults 15 and 8).
 */
public final class RiskScale {
    public static final String[] LIKELIHOOD = {"Rare", "Unlikely", "Possible", "Likely", "Almost certain"};
    public static final String[] IMPACT = {"Minimal", "Minor", "Moderate", "Major", "Severe"};

    private RiskScale() {
    }

    public static int score(int likelihood, int impact) {
        return likelihood * impact;
    }

    public static String band(int score, TenantSettings.RiskBands bands) {
        if (score >= bands.high()) {
            return "high";
        }
        return score >= bands.medium() ? "medium" : "low";
    }
}
