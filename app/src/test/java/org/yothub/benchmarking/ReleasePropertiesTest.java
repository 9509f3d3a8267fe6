package org.yothub.benchmarking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.yothub.platform.tenancy.Tenant;

/**
 * BENCH-SDC v1 properties over generated releases: random tenants in random regions and families,
 * random raw counts per cell, assembled exactly as the release job assembles them.
 */
class ReleasePropertiesTest {
    private static final List<String> PERIODS = List.of("FY2023-24-Q1", "FY2023-24-Q2");

    record Generated(List<Tenant> tenants, Map<String, Map<CellKey, DisclosureControl.Raw>> raw) { }

    static Generated generate(long seed, int tenantCount) {
        Random r = new Random(seed);
        List<Tenant> tenants = new ArrayList<>();
        Map<String, Map<CellKey, DisclosureControl.Raw>> raw = new HashMap<>();
        for (int i = 0; i < tenantCount; i++) {
            Tenant t = new Tenant();
            t.setCode("t" + (char) ('a' + i / 26) + (char) ('a' + i % 26));
            t.setName("Tenant " + i);
            t.setRegion("Region " + r.nextInt(3));
            t.setFamily(List.of("t" + (char) ('a' + (i + 1) % tenantCount / 26) + (char) ('a' + (i + 1) % tenantCount % 26)));
            tenants.add(t);
            Map<CellKey, long[]> counts = new HashMap<>();
            for (CatalogueMeasure m : CatalogueMeasure.values()) {
                for (String p : PERIODS) {
                    int children = r.nextInt(r.nextBoolean() ? 12 : 70);
                    double rate = r.nextDouble();
                    for (int c = 0; c < children; c++) {
                        String sex = r.nextInt(25) == 0 ? "U" : r.nextBoolean() ? "M" : "F";
                        String age = r.nextInt(3) == 0 ? "10-14" : "15-17";
                        String eth = Breakdown.ETHNIC_GROUPS.get(r.nextInt(10) < 6 ? 0 : r.nextInt(6));
                        int yes = m.populationDenominator() || r.nextDouble() < rate ? 1 : 0;
                        for (String[] bv : new String[][] {{Breakdown.NONE, "all"}, {Breakdown.SEX, sex}, {Breakdown.AGE, age}, {Breakdown.ETHNICITY, eth}}) {
                            if (Breakdown.values(bv[0]).contains(bv[1])) {
                                long[] x = counts.computeIfAbsent(new CellKey(m, bv[0], bv[1], p), k -> new long[2]);
                                x[0] += yes;
                                x[1] += 1;
                            }
                        }
                    }
                }
            }
            long population = 8_000 + r.nextInt(30_000);
            Map<CellKey, DisclosureControl.Raw> cells = new HashMap<>();
            for (CatalogueMeasure m : CatalogueMeasure.values()) {
                for (String p : PERIODS) {
                    for (String b : Breakdown.ALL) {
                        for (String v : Breakdown.values(b)) {
                            CellKey key = new CellKey(m, b, v, p);
                            long[] x = counts.getOrDefault(key, new long[2]);
                            Long denominator = !m.populationDenominator() ? Long.valueOf(x[1])
                                    : Breakdown.AGE.equals(b) || "Unknown".equals(v) ? null
                                    : Breakdown.NONE.equals(b) ? population : population / (Breakdown.SEX.equals(b) ? 2 : 6);
                            cells.put(key, new DisclosureControl.Raw(x[0], denominator));
                        }
                    }
                }
            }
            raw.put(t.getCode(), cells);
        }
        return new Generated(tenants, raw);
    }

    private static boolean isMultipleOfFive(String s) {
        return s.matches("\\d+") && Long.parseLong(s) % 5 == 0;
    }

    @Property(tries = 8)
    void everySubNationalCountIsZeroSuppressedOrAMultipleOfFive(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int n) {
        Generated g = generate(seed, n);
        for (ReleaseStore.Cell c : ReleaseAssembler.assemble(g.tenants(), g.raw())) {
            assertTrue(c.numerator().equals("0") || c.numerator().equals("[c]") || c.numerator().equals("[x]") || isMultipleOfFive(c.numerator()), c.toString());
        }
    }

    @Property(tries = 8)
    void everyPublishedRateHasNumeratorTenAndDenominatorTwenty(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int n) {
        Generated g = generate(seed, n);
        Map<String, DisclosureControl.Raw> tenantRaw = new HashMap<>();
        g.raw().forEach((code, cells) -> cells.forEach((k, v) -> tenantRaw.put(code + k, v)));
        for (ReleaseStore.Cell c : ReleaseAssembler.assemble(g.tenants(), g.raw())) {
            if (c.geography().equals("tenant") && ReleaseAssembler.isNumber(c.value())) {
                DisclosureControl.Raw raw = tenantRaw.get(c.geographyKey() + new CellKey(CatalogueMeasure.byKey(c.measure()),
                        c.breakdown(), c.breakdownValue(), c.period()));
                assertTrue(raw.numerator() >= 10 && raw.denominator() >= 20, c + " from " + raw);
            }
        }
    }

    @Property(tries = 8)
    void noZeroOrHundredPercentForOneTenantsSubgroup(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int n) {
        Generated g = generate(seed, n);
        for (ReleaseStore.Cell c : ReleaseAssembler.assemble(g.tenants(), g.raw())) {
            if (c.geography().equals("tenant") && !c.breakdown().equals(Breakdown.NONE)
                    && CatalogueMeasure.byKey(c.measure()).scale() == 100 && ReleaseAssembler.isNumber(c.value())) {
                double v = Double.parseDouble(c.value());
                assertFalse(v == 0.0 || v == 100.0, c.toString());
            }
        }
    }

    @Property(tries = 5)
    void identicalInputGivesAByteIdenticalRelease(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int n) {
        Generated a = generate(seed, n);
        Generated b = generate(seed, n);
        var cellsA = ReleaseAssembler.assemble(a.tenants(), a.raw()).stream().sorted(java.util.Comparator.comparing(ReleaseStore.Cell::canonical)).toList();
        var cellsB = ReleaseAssembler.assemble(b.tenants(), b.raw()).stream().sorted(java.util.Comparator.comparing(ReleaseStore.Cell::canonical)).toList();
        assertEquals(ReleaseStore.hash(cellsA), ReleaseStore.hash(cellsB));
    }

    @Property(tries = 8)
    void addingOneChildNeverChangesAPublishedCountByExactlyOne(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int n,
                                                              @ForAll @IntRange(min = 0, max = 1000) int pick) {
        Generated g = generate(seed, n);
        List<ReleaseStore.Cell> before = ReleaseAssembler.assemble(g.tenants(), g.raw());
        String tenant = g.tenants().get(pick % n).getCode();
        List<CellKey> keys = new ArrayList<>(g.raw().get(tenant).keySet());
        keys.sort(null);
        CellKey key = keys.get(pick % keys.size());
        Map<CellKey, DisclosureControl.Raw> cells = new HashMap<>(g.raw().get(tenant));
        DisclosureControl.Raw r = cells.get(key);
        cells.put(key, new DisclosureControl.Raw(r.numerator() + 1,
                r.denominator() == null ? null : key.measure().populationDenominator() ? r.denominator() : r.denominator() + 1));
        Map<String, Map<CellKey, DisclosureControl.Raw>> changed = new HashMap<>(g.raw());
        changed.put(tenant, cells);
        Map<String, ReleaseStore.Cell> after = ReleaseAssembler.assemble(g.tenants(), changed).stream()
                .collect(Collectors.toMap(ReleasePropertiesTest::id, c -> c));
        for (ReleaseStore.Cell c : before) {
            ReleaseStore.Cell a = after.get(id(c));
            for (String[] pair : new String[][] {{c.numerator(), a.numerator()}, {c.denominator(), a.denominator()}}) {
                if (pair[0] != null && pair[1] != null && pair[0].matches("\\d+") && pair[1].matches("\\d+")) {
                    long diff = Math.abs(Long.parseLong(pair[0]) - Long.parseLong(pair[1]));
                    assertTrue(diff != 1, "changed by exactly one: " + c + " -> " + a);
                }
            }
        }
    }

    private static String id(ReleaseStore.Cell c) {
        return String.join("|", c.measure(), c.period(), c.breakdown(), c.breakdownValue(), c.geography(), c.geographyKey());
    }
}
