package org.yothub.measures;

/** Exact ratios; {@code null} when the denominator is zero (undefined, not zero). */
final class Rates {
    private Rates() {
    }

    static Double ratio(long numerator, long denominator, double scale) {
        return denominator == 0 ? null : numerator * scale / denominator;
    }

    static Double percent(long numerator, long denominator) {
        return ratio(numerator, denominator, 100.0);
    }
}
