package org.yothub.benchmarking;

/** A cell of the catalogue for one geography: measure × breakdown value × period. */
record CellKey(CatalogueMeasure measure, String breakdown, String breakdownValue, String period)
        implements Comparable<CellKey> {

    @Override
    public int compareTo(CellKey o) {
        int c = measure.compareTo(o.measure);
        if (c == 0) {
            c = period.compareTo(o.period);
        }
        if (c == 0) {
            c = breakdown.compareTo(o.breakdown);
        }
        return c != 0 ? c : breakdownValue.compareTo(o.breakdownValue);
    }
}
