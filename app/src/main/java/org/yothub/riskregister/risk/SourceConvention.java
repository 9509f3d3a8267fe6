package org.yothub.riskregister.risk;

import java.util.Locale;
import java.util.Optional;
import org.yothub.platform.web.ProblemException;

/**
 * How a register being imported rates its risks, and how a product rating is shown in that
 * convention. The mapping is documented in docs/risk-register.md.
 * <ul>
 *   <li>{@code leicestershire_impact} (seed 003 §9): impact only, 1 = high to 5 = low. Product
 *   impact = 6 - original; the register gives no likelihood, so it is taken as 3 (possible) unless given.</li>
 *   <li>{@code southampton_rating} (seed 001 appendix 8): High, Medium or Low. High = likelihood 4 x
 *   impact 4 (16), Medium = 3 x 3 (9), Low = 2 x 2 (4): each lands in its own band under the default bands.</li>
 *   <li>{@code unrated} (seed 002 §4, risks to delivery with no rating): 3 x 3, to be reviewed.</li>
 *   <li>{@code native}: likelihood and impact as the product stores them.</li>
 * </ul>
 */
public enum SourceConvention {
    NATIVE, LEICESTERSHIRE_IMPACT, SOUTHAMPTON_RATING, UNRATED;

    public static final int DEFAULT_LIKELIHOOD = 3;

    /** Product likelihood and impact. */
    public record Scored(int likelihood, int impact) { }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SourceConvention of(String code, String field) {
        for (SourceConvention c : values()) {
            if (c.code().equals(code)) {
                return c;
            }
        }
        throw ProblemException.field(field, "unknown_convention",
                "must be native, leicestershire_impact, southampton_rating or unrated");
    }

    /** Converts an original rating (and likelihood, if the source gave one) to the product scale. */
    public Scored toProduct(String rating, Integer likelihood, String field) {
        int l = likelihood == null ? DEFAULT_LIKELIHOOD : likelihood;
        if (l < 1 || l > 5) {
            throw ProblemException.field("likelihood", "range", "must be between 1 and 5");
        }
        return switch (this) {
            case LEICESTERSHIRE_IMPACT -> new Scored(l, 6 - leicestershireImpact(rating, field));
            case SOUTHAMPTON_RATING -> switch (southamptonRating(rating, field)) {
                case "high" -> new Scored(4, 4);
                case "medium" -> new Scored(3, 3);
                default -> new Scored(2, 2);
            };
            case UNRATED -> new Scored(3, 3);
            case NATIVE -> new Scored(l, nativeImpact(rating, field));
        };
    }

    /** The product rating as this convention would write it. */
    public Optional<String> display(int impact, String band) {
        return switch (this) {
            case LEICESTERSHIRE_IMPACT -> Optional.of("Impact " + (6 - impact) + " (1 = high, 5 = low)");
            case SOUTHAMPTON_RATING -> Optional.of(band.substring(0, 1).toUpperCase(Locale.ROOT) + band.substring(1));
            default -> Optional.empty();
        };
    }

    private static int leicestershireImpact(String rating, String field) {
        try {
            int v = Integer.parseInt(rating == null ? "" : rating.trim());
            if (v >= 1 && v <= 5) {
                return v;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal below
        }
        throw ProblemException.field(field, "range", "must be an impact from 1 (high) to 5 (low)");
    }

    private static String southamptonRating(String rating, String field) {
        String r = rating == null ? "" : rating.trim().toLowerCase(Locale.ROOT);
        if (r.equals("high") || r.equals("medium") || r.equals("low")) {
            return r;
        }
        throw ProblemException.field(field, "unknown_rating", "must be High, Medium or Low");
    }

    private static int nativeImpact(String rating, String field) {
        try {
            int v = Integer.parseInt(rating == null ? "" : rating.trim());
            if (v >= 1 && v <= 5) {
                return v;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal below
        }
        throw ProblemException.field(field, "range", "must be an impact from 1 to 5 (5 worst)");
    }
}
