package org.yothub.benchmarking;

/**
 * A cheap, exact proof that a suppressed cell keeps a wide interval, without linear programming.
 * Start from the true unrounded counts (a point an attacker's model must allow) and move one
 * tenant's row of cells (total, sex, age bands, ethnic groups) by amounts that keep the row's own
 * relations; every group containing the tenant moves by the same amounts, so every group relation
 * and every group's row relations still hold and no other cell moves. Every moved cell must stay
 * within what its published marker allows. The largest and smallest move of the cell that stays
 * feasible are two points of the attacker's feasible region, so their difference is a lower bound
 * of the cell's interval: when it is at least the required width, the LP cannot narrow the cell.
 * A group's cell moves with any member tenant's cell, so the best member gives its bound.
 */
final class WidthCertificate {
    private static final double INF = Double.POSITIVE_INFINITY;

    private WidthCertificate() {
    }

    /** A lower bound of the feasible width of {@code cell} (0 when no move is found). */
    static double width(AuditProblem p, int cell) {
        int row = p.rows.rowOf[cell];
        int slot = p.rows.slotOf[cell];
        if (p.rows.tenant[row]) {
            double[] range = range(p, row, slot);
            return finite(range[1] - range[0]);
        }
        double up = 0;
        double down = 0;
        for (int member : p.rows.membersOf[row]) {
            double[] range = range(p, member, slot);
            up = Math.max(up, range[1]);
            down = Math.max(down, -range[0]);
        }
        return finite(up + down);
    }

    private static double finite(double width) {
        return Double.isNaN(width) ? 0 : width;
    }

    /** The smallest and largest move of {@code slot} in tenant row {@code row} (both 0 when it cannot move). */
    static double[] range(AuditProblem p, int row, int slot) {
        double[] lo = new double[CellRows.SLOTS];
        double[] hi = new double[CellRows.SLOTS];
        java.util.Arrays.fill(lo, -INF);
        java.util.Arrays.fill(hi, INF);
        if (p.rows.cells[row][slot] < 0) {
            return new double[] {0, 0};
        }
        double sexSlack = box(p, p.rows.cells[row], lo, hi);
        for (int group : p.rows.groupsOf[row]) {
            sexSlack = Math.min(sexSlack, box(p, p.rows.cells[group], lo, hi));
        }
        double[] total = totalRange(lo, hi, sexSlack);
        if (total[0] > total[1]) {
            return new double[] {0, 0};
        }
        if (slot == CellRows.TOTAL) {
            return total;
        }
        if (slot < CellRows.AGE) {
            int other = slot == CellRows.SEX ? CellRows.SEX + 1 : CellRows.SEX;
            return new double[] {lo[slot], Math.min(hi[slot], total[1] + sexSlack - lo[other])};
        }
        int first = slot < CellRows.ETHNICITY ? CellRows.AGE : CellRows.ETHNICITY;
        int last = slot < CellRows.ETHNICITY ? CellRows.ETHNICITY : CellRows.SLOTS;
        double othersLo = 0;
        double othersHi = 0;
        for (int s = first; s < last; s++) {
            if (s != slot) {
                othersLo += lo[s];
                othersHi += hi[s];
            }
        }
        return new double[] {Math.max(lo[slot], total[0] - othersHi), Math.min(hi[slot], total[1] - othersLo)};
    }

    /**
     * Narrows the allowed moves by one geography's row (its cells' markers around their true
     * values) and returns that row's unknown-sex slack (total minus the sex groups).
     */
    private static double box(AuditProblem p, int[] cells, double[] lo, double[] hi) {
        for (int s = 0; s < CellRows.SLOTS; s++) {
            int c = cells[s];
            if (c >= 0 && p.state[c] != null) {
                lo[s] = Math.max(lo[s], p.lower(c) - p.raw[c]);
                hi[s] = Math.min(hi[s], p.upper(c) - p.raw[c]);
            }
        }
        int t = cells[CellRows.TOTAL];
        int m = cells[CellRows.SEX];
        int f = cells[CellRows.SEX + 1];
        if (t < 0 || m < 0 || f < 0) {
            return INF;
        }
        return p.raw[t] - p.raw[m] - p.raw[f];
    }

    /** Moves of the row total that every breakdown can follow. */
    private static double[] totalRange(double[] lo, double[] hi, double sexSlack) {
        double ageLo = lo[CellRows.AGE] + lo[CellRows.AGE + 1];
        double ageHi = hi[CellRows.AGE] + hi[CellRows.AGE + 1];
        double ethLo = 0;
        double ethHi = 0;
        for (int s = CellRows.ETHNICITY; s < CellRows.SLOTS; s++) {
            ethLo += lo[s];
            ethHi += hi[s];
        }
        double min = Math.max(Math.max(lo[CellRows.TOTAL], ageLo), Math.max(ethLo,
                lo[CellRows.SEX] + lo[CellRows.SEX + 1] - sexSlack));
        double max = Math.min(hi[CellRows.TOTAL], Math.min(ageHi, ethHi));
        return new double[] {min, max};
    }
}
