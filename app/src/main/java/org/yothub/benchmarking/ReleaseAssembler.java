package org.yothub.benchmarking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.yothub.platform.tenancy.Tenant;

/**
 * Combines per-tenant raw cells into every geography (each tenant; its family = itself plus the
 * family members that are tenants; its region; England and Wales = all tenants present), applies
 * {@link DisclosureControl} to each cell, and ranks tenants on published values (1 = best,
 * direction-aware) with quartiles.
 */
final class ReleaseAssembler {
    static final String NATIONAL = "England and Wales";

    private ReleaseAssembler() {
    }

    static List<ReleaseStore.Cell> assemble(List<Tenant> tenants, Map<String, Map<CellKey, DisclosureControl.Raw>> perTenant) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (Tenant t : tenants) {
            List<String> family = new ArrayList<>(List.of(t.getCode()));
            for (String f : t.getFamily() == null ? List.<String>of() : t.getFamily()) {
                if (perTenant.containsKey(f) && !family.contains(f)) {
                    family.add(f);
                }
            }
            groups.put("family|" + t.getCode(), family);
            groups.computeIfAbsent("region|" + t.getRegion(), k -> new ArrayList<>()).add(t.getCode());
            groups.computeIfAbsent("national|" + NATIONAL, k -> new ArrayList<>()).add(t.getCode());
        }
        List<ReleaseStore.Cell> cells = new ArrayList<>();
        TreeSet<CellKey> keys = new TreeSet<>();
        perTenant.values().forEach(m -> keys.addAll(m.keySet()));
        for (CellKey key : keys) {
            List<ReleaseStore.Cell> tenantCells = new ArrayList<>();
            for (Map.Entry<String, Map<CellKey, DisclosureControl.Raw>> e : perTenant.entrySet()) {
                DisclosureControl.Raw raw = e.getValue().get(key);
                tenantCells.add(cell(key, "tenant", e.getKey(), DisclosureControl.apply(key.measure(), raw,
                        !Breakdown.NONE.equals(key.breakdown()))));
            }
            cells.addAll(ranked(key, tenantCells));
            for (Map.Entry<String, List<String>> g : groups.entrySet()) {
                String[] parts = g.getKey().split("\\|", 2);
                cells.add(cell(key, parts[0], parts[1], DisclosureControl.apply(key.measure(), sum(key, g.getValue(), perTenant), false)));
            }
        }
        return cells;
    }

    private static DisclosureControl.Raw sum(CellKey key, List<String> members, Map<String, Map<CellKey, DisclosureControl.Raw>> perTenant) {
        long numerator = 0;
        Long denominator = 0L;
        for (String m : members) {
            DisclosureControl.Raw r = perTenant.get(m).get(key);
            numerator += r.numerator();
            denominator = denominator == null || r.denominator() == null ? null : denominator + r.denominator();
        }
        return new DisclosureControl.Raw(numerator, denominator);
    }

    private static ReleaseStore.Cell cell(CellKey key, String geography, String geographyKey, DisclosureControl.Published p) {
        return new ReleaseStore.Cell(key.measure().key(), key.breakdown(), key.breakdownValue(), geography, geographyKey, key.period(),
                p.numerator(), p.denominator(), p.value(), p.flag(), null, null, null);
    }

    private static List<ReleaseStore.Cell> ranked(CellKey key, List<ReleaseStore.Cell> cells) {
        if (!Breakdown.NONE.equals(key.breakdown())) {
            return cells;
        }
        List<ReleaseStore.Cell> numeric = cells.stream().filter(c -> isNumber(c.value()))
                .sorted(Comparator.comparing((ReleaseStore.Cell c) -> Double.parseDouble(c.value()) * (key.measure().lowerIsBetter() ? 1 : -1))
                        .thenComparing(ReleaseStore.Cell::geographyKey))
                .toList();
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < numeric.size(); i++) {
            ReleaseStore.Cell c = numeric.get(i);
            boolean tie = i > 0 && numeric.get(i - 1).value().equals(c.value());
            rank.put(c.geographyKey(), tie ? rank.get(numeric.get(i - 1).geographyKey()) : i + 1);
        }
        int n = numeric.size();
        return cells.stream().map(c -> {
            Integer r = rank.get(c.geographyKey());
            return r == null ? c : c.withRank(r, n, (int) Math.ceil(r * 4.0 / n));
        }).toList();
    }

    static boolean isNumber(String value) {
        return value != null && !value.startsWith("[");
    }
}
