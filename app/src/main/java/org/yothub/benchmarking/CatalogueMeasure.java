package org.yothub.benchmarking;

/**
 * The measures of the benchmark catalogue, with how their published value is formed from the
 * numerator and denominator (domain.md §4, §4a) and which direction is better.
 */
public enum CatalogueMeasure {
    FTE("first_time_entrants", "First time entrants per 100,000 aged 10-17", 100_000, 1, true, true),
    CUSTODY("custody", "Custodial sentences per 1,000 aged 10-17", 1_000, 2, true, true),
    REOFFENDING("reoffending_binary", "Proven reoffending, % of cohort", 100, 1, true, false),
    ETE("ete_suitable", "Suitable ETE at end of intervention, %", 100, 1, false, false);

    private final String key;
    private final String label;
    private final double scale;
    private final int decimals;
    private final boolean lowerIsBetter;
    private final boolean populationDenominator;

    CatalogueMeasure(String key, String label, double scale, int decimals, boolean lowerIsBetter, boolean populationDenominator) {
        this.key = key;
        this.label = label;
        this.scale = scale;
        this.decimals = decimals;
        this.lowerIsBetter = lowerIsBetter;
        this.populationDenominator = populationDenominator;
    }

    public String key() { return key; }
    public String label() { return label; }
    public double scale() { return scale; }
    public int decimals() { return decimals; }
    public boolean lowerIsBetter() { return lowerIsBetter; }
    /** The denominator is a population (public statistic), not a count of children. */
    public boolean populationDenominator() { return populationDenominator; }

    public static CatalogueMeasure byKey(String key) {
        for (CatalogueMeasure m : values()) {
            if (m.key.equals(key)) {
                return m;
            }
        }
        return null;
    }
}
