package org.yothub.benchmarking;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * BENCH-SDC v1 (domain.md §5), applied here and nowhere else:
 * <ol>
 * <li>Counts: 0 shown as 0; 1-7 shown as {@code [c]}; 8 and above rounded to the nearest 5
 * (halves up). Applied to every geography, national included, so no published count ever moves by
 * exactly one. Totals are rounded independently and may not sum.</li>
 * <li>Rates and percentages are computed from the unrounded data and published only when the
 * numerator is at least 10 and the denominator at least 20, otherwise {@code [low]}; numerators of
 * 10-19 are flagged {@code [u]} (unreliable).</li>
 * <li>No 0% or 100% is published for a demographic sub-group of one tenant: shown as {@code [c]}.</li>
 * <li>Denominators that count children are rounded like counts; population denominators are not
 * shown to peer reviewers at all (see the view layer).</li>
 * </ol>
 */
public final class DisclosureControl {
    public static final String POLICY = "BENCH-SDC v1";
    public static final String SUPPRESSED = "[c]";
    public static final String LOW = "[low]";
    public static final String UNRELIABLE = "[u]";

    private DisclosureControl() {
    }

    /** A cell as computed, before disclosure control. */
    public record Raw(long numerator, Long denominator) { }

    /** A cell as published. */
    public record Published(String numerator, String denominator, String value, String flag) { }

    public static Published apply(CatalogueMeasure measure, Raw raw, boolean tenantSubgroup) {
        String numerator = count(raw.numerator());
        String denominator = raw.denominator() == null ? null
                : measure.populationDenominator() ? Long.toString(raw.denominator()) : count(raw.denominator());
        if (raw.denominator() == null || raw.denominator() == 0) {
            return new Published(numerator, denominator, null, null);
        }
        if (raw.numerator() < 10 || raw.denominator() < 20) {
            return new Published(numerator, denominator, LOW, null);
        }
        if (tenantSubgroup && measure.scale() == 100 && (raw.numerator() == 0 || raw.numerator() == raw.denominator().longValue())) {
            return new Published(numerator, denominator, SUPPRESSED, null);
        }
        BigDecimal value = BigDecimal.valueOf(raw.numerator()).multiply(BigDecimal.valueOf(measure.scale()))
                .divide(BigDecimal.valueOf(raw.denominator()), measure.decimals(), RoundingMode.HALF_UP);
        return new Published(numerator, denominator, value.toPlainString(), raw.numerator() < 20 ? UNRELIABLE : null);
    }

    /** Rule 1: 0 → "0", 1-7 → "[c]", otherwise rounded to the nearest 5. */
    public static String count(long n) {
        if (n == 0) {
            return "0";
        }
        if (n < 8) {
            return SUPPRESSED;
        }
        return Long.toString(Math.floorDiv(n + 2, 5) * 5);
    }
}
