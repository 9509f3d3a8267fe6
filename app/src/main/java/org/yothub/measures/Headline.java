package org.yothub.measures;

/**
 * The headline measures on the performance page and in reports, with their unit, the direction
 * that counts as better, and the tenant RAG threshold key (domain.md §4: local thresholds).
 */
public enum Headline {
    FTE_RATE("fte_rate_per_100k", "First time entrants per 100,000 (rolling 12 months)", "per 100,000", true, "fte_rate_per_100k"),
    REOFFENDING_BINARY("reoffending_binary_percent", "Proven reoffending, binary rate (quarterly cohort)", "%", true, "reoffending_binary_percent"),
    REOFFENDING_FREQUENCY("reoffending_frequency_rate", "Reoffences per child in the cohort", "per child", true, null),
    CUSTODY_RATE("custody_rate_per_1000", "Custodial sentences per 1,000 (rolling 12 months)", "per 1,000", true, "custody_rate_per_1000"),
    CUSTODY_PERCENT("custody_percent_of_court_sentences", "Custody as % of court sentences (rolling 12 months)", "%", true, null),
    REMAND_NIGHTS("remand_nights", "Remand nights (quarter)", "nights", true, null),
    ETE("ete_suitable_percent", "Suitable education, training or employment at end", "%", false, null),
    ACCOMMODATION("accommodation_suitable_percent", "Suitable accommodation at end", "%", false, null);

    private final String key;
    private final String label;
    private final String unit;
    private final boolean lowerIsBetter;
    private final String ragKey;

    Headline(String key, String label, String unit, boolean lowerIsBetter, String ragKey) {
        this.key = key;
        this.label = label;
        this.unit = unit;
        this.lowerIsBetter = lowerIsBetter;
        this.ragKey = ragKey;
    }

    public String key() { return key; }
    public String label() { return label; }
    public String unit() { return unit; }
    public boolean lowerIsBetter() { return lowerIsBetter; }
    public String ragKey() { return ragKey; }
}
