package org.yothub.benchmarking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The cells of a problem by geography: each geography's row (total, sex groups, age bands, ethnic
 * groups, in slot order), whether the row is a tenant's, the groups each tenant belongs to and
 * the member tenants of each group (from the relations of the problem).
 */
final class CellRows {
    static final int SLOTS = 1 + 2 + 2 + 6;
    static final int TOTAL = 0;
    static final int SEX = 1;
    static final int AGE = 3;
    static final int ETHNICITY = 5;

    /** Cells of each row by slot; -1 when absent. */
    final int[][] cells;
    final int[] rowOf;
    final int[] slotOf;
    final boolean[] tenant;
    /** For each row of a tenant, the rows of the groups it belongs to. */
    final int[][] groupsOf;
    /** For each row of a group, the rows of its member tenants. */
    final int[][] membersOf;

    CellRows(String[] ids, int[] relTotal, int[][] relMembers) {
        rowOf = new int[ids.length];
        slotOf = new int[ids.length];
        Map<String, Integer> rowIndex = new LinkedHashMap<>();
        List<int[]> rowList = new ArrayList<>();
        List<Boolean> tenantList = new ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            String[] p = ids[i].split("\\|", 6);
            Integer row = rowIndex.get(p[4] + "|" + p[5]);
            if (row == null) {
                row = rowList.size();
                rowIndex.put(p[4] + "|" + p[5], row);
                int[] slots = new int[SLOTS];
                Arrays.fill(slots, -1);
                rowList.add(slots);
                tenantList.add("tenant".equals(p[4]));
            }
            rowOf[i] = row;
            slotOf[i] = slot(p[2], p[3]);
            rowList.get(row)[slotOf[i]] = i;
        }
        cells = rowList.toArray(int[][]::new);
        tenant = new boolean[cells.length];
        for (int r = 0; r < cells.length; r++) {
            tenant[r] = tenantList.get(r);
        }
        List<Set<Integer>> groups = new ArrayList<>();
        List<Set<Integer>> members = new ArrayList<>();
        for (int r = 0; r < cells.length; r++) {
            groups.add(new TreeSet<>());
            members.add(new TreeSet<>());
        }
        for (int r = 0; r < relTotal.length; r++) {
            int totalRow = rowOf[relTotal[r]];
            for (int m : relMembers[r]) {
                if (!tenant[totalRow] && tenant[rowOf[m]]) {
                    groups.get(rowOf[m]).add(totalRow);
                    members.get(totalRow).add(rowOf[m]);
                }
            }
        }
        groupsOf = groups.stream().map(CellRows::toArray).toArray(int[][]::new);
        membersOf = members.stream().map(CellRows::toArray).toArray(int[][]::new);
    }

    private static int[] toArray(Set<Integer> set) {
        return set.stream().mapToInt(Integer::intValue).toArray();
    }

    static int slot(String breakdown, String value) {
        return switch (breakdown) {
            case Breakdown.SEX -> SEX + Breakdown.SEXES.indexOf(value);
            case Breakdown.AGE -> AGE + Breakdown.AGE_BANDS.indexOf(value);
            case Breakdown.ETHNICITY -> ETHNICITY + Breakdown.ETHNIC_GROUPS.indexOf(value);
            default -> TOTAL;
        };
    }
}
