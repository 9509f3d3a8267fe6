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
        return assemble(tenants, perTenant, Map.of());
    }

    static List<ReleaseStore.Cell> assemble(List<Tenant> tenants, Map<String, Map<CellKey, DisclosureControl.Raw>> perTenant,
                                            Map<String, List<NearestNeighbours.Neighbour>> neighbours) {
        return assemble(tenants, perTenant, neighbours, SecondarySuppression::apply);
    }

    /** How secondary suppression is applied to the published cells (the release job uses {@link SecondarySuppression}). */
    interface Suppression {
        void apply(Map<String, String[]> published, Map<String, long[]> raw, List<SecondarySuppression.Relation> relations,
                   Map<String, Boolean> countDenominator);
    }

    static List<ReleaseStore.Cell> assemble(List<Tenant> tenants, Map<String, Map<CellKey, DisclosureControl.Raw>> perTenant,
                                            Map<String, List<NearestNeighbours.Neighbour>> neighbours, Suppression suppression) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (Tenant t : tenants) {
            List<String> family = new ArrayList<>(List.of(t.getCode()));
            for (String f : t.getFamily() == null ? List.<String>of() : t.getFamily()) {
                if (perTenant.containsKey(f) && !family.contains(f)) {
                    family.add(f);
                }
            }
            groups.put("family|" + t.getCode(), family);
            List<NearestNeighbours.Neighbour> near = neighbours.getOrDefault(t.getCode(), List.of());
            if (!near.isEmpty()) {
                List<String> members = new ArrayList<>(List.of(t.getCode()));
                near.forEach(n -> members.add(n.tenant()));
                groups.put("neighbours|" + t.getCode(), members);
            }
            groups.computeIfAbsent("region|" + t.getRegion(), k -> new ArrayList<>()).add(t.getCode());
            groups.computeIfAbsent("national|" + NATIONAL, k -> new ArrayList<>()).add(t.getCode());
        }
        Map<String, String[]> published = new LinkedHashMap<>();
        Map<String, long[]> raw = new HashMap<>();
        Map<String, CellKey> keyOf = new HashMap<>();
        TreeSet<CellKey> keys = new TreeSet<>();
        perTenant.values().forEach(m -> keys.addAll(m.keySet()));
        for (CellKey key : keys) {
            for (Map.Entry<String, Map<CellKey, DisclosureControl.Raw>> e : perTenant.entrySet()) {
                put(published, raw, keyOf, key, "tenant", e.getKey(), e.getValue().get(key), !Breakdown.NONE.equals(key.breakdown()));
            }
            for (Map.Entry<String, List<String>> g : groups.entrySet()) {
                String[] parts = g.getKey().split("\\|", 2);
                put(published, raw, keyOf, key, parts[0], parts[1], sum(key, g.getValue(), perTenant), false);
            }
        }
        Map<String, Boolean> countDenominator = new HashMap<>();
        for (CatalogueMeasure m : CatalogueMeasure.values()) {
            countDenominator.put(m.key(), !m.populationDenominator());
        }
        List<ReleaseStore.Cell> all = new ArrayList<>();
        suppression.apply(published, raw, SecondarySuppression.relations(toCells(published, keyOf), groups), countDenominator);
        Map<CellKey, List<ReleaseStore.Cell>> tenantCellsByKey = new LinkedHashMap<>();
        for (ReleaseStore.Cell c : toCells(published, keyOf)) {
            if (c.geography().equals("tenant")) {
                tenantCellsByKey.computeIfAbsent(keyOf.get(idOf(c)), k -> new ArrayList<>()).add(c);
            } else {
                all.add(c);
            }
        }
        tenantCellsByKey.forEach((key, list) -> all.addAll(ranked(key, list)));
        return all;
    }

    private static String idOf(ReleaseStore.Cell c) {
        return SecondarySuppression.id(c.measure(), c.period(), c.breakdown(), c.breakdownValue(), c.geography(), c.geographyKey());
    }

    private static void put(Map<String, String[]> published, Map<String, long[]> raw, Map<String, CellKey> keyOf, CellKey key,
                            String geography, String geographyKey, DisclosureControl.Raw r, boolean tenantSubgroup) {
        DisclosureControl.Published p = DisclosureControl.apply(key.measure(), r, tenantSubgroup);
        String id = SecondarySuppression.id(key.measure().key(), key.period(), key.breakdown(), key.breakdownValue(), geography, geographyKey);
        published.put(id, new String[] {p.numerator(), p.denominator(), p.value(), p.flag()});
        raw.put(id, new long[] {r.numerator(), r.denominator() == null ? -1 : r.denominator()});
        keyOf.put(id, key);
    }

    private static List<ReleaseStore.Cell> toCells(Map<String, String[]> published, Map<String, CellKey> keyOf) {
        List<ReleaseStore.Cell> out = new ArrayList<>(published.size());
        for (Map.Entry<String, String[]> e : published.entrySet()) {
            String[] id = e.getKey().split("\\|", 6);
            String[] p = e.getValue();
            out.add(new ReleaseStore.Cell(id[0], id[2], id[3], id[4], id[5], id[1], p[0], p[1], p[2],
                    SecondarySuppression.WITHHELD.equals(p[2]) ? null : p[3], null, null, null));
        }
        return out;
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
