package org.yothub.benchmarking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One independent problem of secondary suppression: the additive relations of one measure and
 * period for one layer (numerators or denominators), with its cells held by index. Relations of
 * different problems share no cell, so problems can be solved separately and in any order. Holds
 * the published marker of each cell (updated as complements are withheld), the unrounded value,
 * and the structure the width certificates use: each geography's row of cells and the groups
 * each tenant belongs to.
 */
final class AuditProblem {
    static final byte ABSENT = 0;
    static final byte ZERO = 1;
    static final byte VISIBLE = 2;
    static final byte SUPPRESSED = 3;
    static final byte WITHHELD = 4;

    final String[] ids;
    final String[] state;
    /** The kind of each cell's marker, kept in step with {@link #state}. */
    final byte[] kind;
    /** Relations that may act in the next closure pass (one of their cells changed since they last did nothing). */
    private final boolean[] dirty;
    final long[] raw;
    final int[] relTotal;
    final int[][] relMembers;
    /** Relations over sex groups: the total is at least the sum (children of unknown sex). */
    final boolean[] relSex;
    /** Relations whose cells are all published in this layer (the only ones an attacker can write down). */
    final boolean[] relModelled;
    final int[][] relationsOf;
    /** Cells in the order an attacker's model meets them (members, then total, relation by relation). */
    final int[] modelOrder;
    /** Each geography's row of cells and which tenants belong to which groups. */
    final CellRows rows;

    private AuditProblem(String[] ids, String[] state, long[] raw, List<SecondarySuppression.Relation> relations, Map<String, Integer> index) {
        this.ids = ids;
        this.state = state;
        this.raw = raw;
        kind = new byte[state.length];
        for (int i = 0; i < state.length; i++) {
            kind[i] = kindOf(state[i]);
        }
        int n = relations.size();
        dirty = new boolean[n];
        java.util.Arrays.fill(dirty, true);
        relTotal = new int[n];
        relMembers = new int[n][];
        relSex = new boolean[n];
        relModelled = new boolean[n];
        List<List<Integer>> of = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            of.add(new ArrayList<>());
        }
        for (int r = 0; r < n; r++) {
            SecondarySuppression.Relation rel = relations.get(r);
            relTotal[r] = index.get(rel.total());
            relMembers[r] = rel.members().stream().mapToInt(index::get).toArray();
            relSex[r] = rel.members().get(0).contains("|" + Breakdown.SEX + "|");
            boolean modelled = state[relTotal[r]] != null;
            for (int m : relMembers[r]) {
                modelled &= state[m] != null;
                of.get(m).add(r);
            }
            of.get(relTotal[r]).add(r);
            relModelled[r] = modelled;
        }
        relationsOf = of.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
        modelOrder = modelOrder();
        rows = new CellRows(ids, relTotal, relMembers);
    }

    /** Published cells in the order an attacker's model meets them: members, then total, relation by relation. */
    private int[] modelOrder() {
        List<Integer> order = new ArrayList<>();
        boolean[] seen = new boolean[ids.length];
        for (int r = 0; r < relTotal.length; r++) {
            for (int m : relMembers[r]) {
                if (!seen[m] && state[m] != null) {
                    seen[m] = true;
                    order.add(m);
                }
            }
            if (!seen[relTotal[r]] && state[relTotal[r]] != null) {
                seen[relTotal[r]] = true;
                order.add(relTotal[r]);
            }
        }
        return order.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The problem formed by {@code relations} (all of one measure, period and layer). */
    static AuditProblem of(Map<String, String[]> published, Map<String, long[]> raw, List<SecondarySuppression.Relation> relations, int layer) {
        Map<String, Integer> index = new HashMap<>();
        List<String> ids = new ArrayList<>();
        for (SecondarySuppression.Relation r : relations) {
            for (String id : r.members()) {
                index.computeIfAbsent(id, k -> register(ids, k));
            }
            index.computeIfAbsent(r.total(), k -> register(ids, k));
        }
        String[] state = new String[ids.size()];
        long[] values = new long[ids.size()];
        for (int i = 0; i < state.length; i++) {
            state[i] = published.get(ids.get(i))[layer];
            values[i] = raw.get(ids.get(i))[layer];
        }
        return new AuditProblem(ids.toArray(String[]::new), state, values, relations, index);
    }

    private static int register(List<String> ids, String id) {
        ids.add(id);
        return ids.size() - 1;
    }

    /** Copies the markers back into the published cells. */
    void writeBack(Map<String, String[]> published, int layer) {
        for (int i = 0; i < ids.length; i++) {
            published.get(ids[i])[layer] = state[i];
        }
    }

    private static byte kindOf(String marker) {
        if (marker == null) {
            return ABSENT;
        }
        return switch (marker) {
            case "0" -> ZERO;
            case DisclosureControl.SUPPRESSED -> SUPPRESSED;
            case SecondarySuppression.WITHHELD -> WITHHELD;
            default -> VISIBLE;
        };
    }

    boolean suppressed(int cell) {
        return kind[cell] == SUPPRESSED;
    }

    boolean hidden(int cell) {
        return kind[cell] >= SUPPRESSED;
    }

    private boolean zero(int cell) {
        return kind[cell] == ZERO;
    }

    void withhold(int cell) {
        if (kind[cell] != WITHHELD) {
            state[cell] = SecondarySuppression.WITHHELD;
            kind[cell] = WITHHELD;
            for (int r : relationsOf[cell]) {
                dirty[r] = true;
            }
        }
    }

    /** Rule (1): the total of every relation with a suppressed member is withheld. */
    void withholdTotalsOfSuppressed() {
        for (int r = 0; r < relTotal.length; r++) {
            for (int m : relMembers[r]) {
                if (suppressed(m)) {
                    withhold(relTotal[r]);
                    break;
                }
            }
        }
    }

    /**
     * Rule (2), to a fixed point: no relation keeps exactly one hidden cell. Passes over the
     * relations in order; a relation that did nothing is skipped until one of its cells changes.
     */
    void closure() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int r = 0; r < relTotal.length; r++) {
                if (!dirty[r]) {
                    continue;
                }
                dirty[r] = false;
                int total = relTotal[r];
                int hidden = hidden(total) ? 1 : 0;
                int best = -1;
                long bestValue = -1;
                for (int m : relMembers[r]) {
                    if (hidden(m)) {
                        hidden++;
                    } else if (!zero(m) && raw[m] > bestValue) {
                        best = m;
                        bestValue = raw[m];
                    }
                }
                if (hidden(total) && hidden == 1 && best >= 0) {
                    withhold(best);
                    changed = true;
                } else if (hidden == 1) {
                    int target = best >= 0 ? best : total;
                    if (!hidden(target)) {
                        withhold(target);
                        changed = true;
                    }
                }
            }
        }
    }

    /**
     * Repairs a narrowed cell: in every relation containing it the largest visible non-zero member
     * (else the total) is withheld; if there is none anywhere, the cell itself is withheld.
     */
    void repair(int cell) {
        boolean repaired = false;
        for (int r : relationsOf[cell]) {
            int target = largestVisible(r);
            if (target >= 0) {
                withhold(target);
                repaired = true;
            }
        }
        if (!repaired) {
            withhold(cell);
        }
    }

    private int largestVisible(int r) {
        int best = -1;
        long bestValue = -1;
        for (int m : relMembers[r]) {
            if (!hidden(m) && !zero(m) && raw[m] > bestValue) {
                best = m;
                bestValue = raw[m];
            }
        }
        int total = relTotal[r];
        if (best < 0 && !hidden(total) && !zero(total)) {
            best = total;
        }
        return best;
    }

    /**
     * Whether the true counts satisfy every relation an attacker can write down and lie within
     * every published marker (always, for counts aggregated from the same events).
     */
    boolean truthConsistent() {
        for (int i = 0; i < ids.length; i++) {
            if (state[i] != null && (raw[i] < lower(i) || raw[i] > upper(i))) {
                return false;
            }
        }
        for (int r = 0; r < relTotal.length; r++) {
            if (relModelled[r]) {
                long sum = 0;
                for (int m : relMembers[r]) {
                    sum += raw[m];
                }
                long gap = raw[relTotal[r]] - sum;
                if (gap < 0 || (!relSex[r] && gap != 0)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Smallest value an attacker must allow for the cell (null: not published in this layer). */
    double lower(int cell) {
        return switch (kind[cell]) {
            case ABSENT -> Double.NEGATIVE_INFINITY;
            case ZERO, WITHHELD -> 0;
            case SUPPRESSED -> 1;
            default -> Long.parseLong(state[cell]) - 2;
        };
    }

    /** Largest value an attacker must allow ({@code +Infinity} for a withheld cell). */
    double upper(int cell) {
        return switch (kind[cell]) {
            case ABSENT, WITHHELD -> Double.POSITIVE_INFINITY;
            case ZERO -> 0;
            case SUPPRESSED -> 7;
            default -> Long.parseLong(state[cell]) + 2;
        };
    }
}
