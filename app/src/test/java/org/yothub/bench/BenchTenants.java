package org.yothub.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The benchmark's YOTs: codes {@code aaa, aab, ...} named "Yot Aaa" etc., spread over the nine
 * English regions and Wales, 10-17 populations of 8,000-90,000 (log-uniform), context variables
 * (deprivation, density, looked_after_per_10k), a family of the ten most similar YOTs, and a
 * share of the national children in proportion to population. Written as tenant files, so the
 * service's own loader creates the tenants and their staff.
 */
final class BenchTenants {
    static final String PASSWORD = "bench-password";
    static final String MANAGER = "bench.manager";
    static final String PERFORMANCE = "bench.performance";
    private static final Pick<String> REGION = Pick.of("London", 32, "South East", 19, "North West", 22,
            "East of England", 11, "West Midlands", 14, "South West", 15, "Yorkshire and the Humber", 15,
            "East Midlands", 10, "North East", 12, "Wales", 17);

    /** One YOT of the dataset. */
    record BenchTenant(String code, String name, String region, int population, double deprivation, double density,
                       int lookedAfterPer10k, List<String> family, int children, int caseManagers) {
        String court() {
            return name.substring(4) + " Youth Court";
        }
    }

    private BenchTenants() {
    }

    static String code(int index) {
        char[] c = new char[3];
        int i = index;
        for (int k = 2; k >= 0; k--) {
            c[k] = (char) ('a' + i % 26);
            i /= 26;
        }
        return new String(c);
    }

    static List<BenchTenant> plan(int count, int totalChildren, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<BenchTenant> draft = new ArrayList<>();
        double sum = 0;
        for (int i = 0; i < count; i++) {
            String code = code(i);
            String region = REGION.from(r);
            int population = (int) Math.round(8_000 * Math.exp(r.nextDouble() * Math.log(90_000 / 8_000.0)));
            boolean london = "London".equals(region);
            double deprivation = round1((london || "North East".equals(region) ? 20 : 10) + r.nextDouble() * 25);
            double density = round1(london ? 40 + r.nextDouble() * 120 : Math.exp(Math.log(0.5) + r.nextDouble() * Math.log(120)));
            int lookedAfter = (int) Math.round(35 + deprivation * 2 + r.nextDouble() * 30);
            String name = "Yot " + code.substring(0, 1).toUpperCase(Locale.ROOT) + code.substring(1);
            draft.add(new BenchTenant(code, name, region, population, deprivation, density, lookedAfter, List.of(), 0, 0));
            sum += population;
        }
        int[] children = shares(draft, totalChildren, sum);
        List<BenchTenant> out = new ArrayList<>();
        for (int i = 0; i < draft.size(); i++) {
            BenchTenant t = draft.get(i);
            out.add(new BenchTenant(t.code(), t.name(), t.region(), t.population(), t.deprivation(), t.density(),
                    t.lookedAfterPer10k(), family(t, draft), children[i], Math.max(3, Math.round(children[i] / 150f))));
        }
        return out;
    }

    /** Largest-remainder shares of {@code total} in proportion to population. */
    private static int[] shares(List<BenchTenant> tenants, int total, double sum) {
        int[] out = new int[tenants.size()];
        double[] remainder = new double[tenants.size()];
        int given = 0;
        for (int i = 0; i < out.length; i++) {
            double exact = (double) total * tenants.get(i).population() / sum;
            out[i] = (int) exact;
            remainder[i] = exact - out[i];
            given += out[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < out.length; i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(i -> -remainder[i]));
        for (int i = 0; given < total; i++, given++) {
            out[order.get(i % out.length)]++;
        }
        return out;
    }

    /** The ten most similar YOTs by population, deprivation and density (standardised distance). */
    private static List<String> family(BenchTenant t, List<BenchTenant> all) {
        return all.stream().filter(o -> !o.code().equals(t.code()))
                .sorted(Comparator.comparingDouble(o -> distance(t, o)))
                .limit(10).map(BenchTenant::code).toList();
    }

    private static double distance(BenchTenant a, BenchTenant b) {
        double p = Math.log(a.population()) - Math.log(b.population());
        double d = (a.deprivation() - b.deprivation()) / 8;
        double s = Math.log(a.density()) - Math.log(b.density());
        return p * p + d * d + s * s;
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** Writes {@code <dir>/<code>/tenant.yml} for each tenant and {@code platform.yml}. */
    static void write(Path dir, List<BenchTenant> tenants, String passwordHash) throws IOException {
        Files.createDirectories(dir);
        for (BenchTenant t : tenants) {
            Path folder = dir.resolve(t.code());
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("tenant.yml"), yaml(t, passwordHash), StandardCharsets.UTF_8);
        }
        Files.writeString(dir.resolve("platform.yml"), "# Cross-tenant users of the benchmark dataset.\nusers:\n"
                + user("oversight", "Olive Overview", "oversight", passwordHash)
                + user("admin", "Adrian Admin", "platform_admin", passwordHash), StandardCharsets.UTF_8);
    }

    static String yaml(BenchTenant t, String passwordHash) {
        StringBuilder y = new StringBuilder();
        y.append("# Benchmark dataset (fictional YOT), written by infra/bench.\n");
        y.append("code: ").append(t.code()).append('\n');
        y.append("name: ").append(t.name()).append('\n');
        y.append("area: ").append(t.name().substring(4)).append('\n');
        y.append("region: ").append(t.region()).append('\n');
        y.append("family: [").append(String.join(", ", t.family())).append("]\n");
        y.append("population:\n");
        for (int year = 2010; year <= 2027; year++) {
            y.append("  ").append(year).append(": ").append(population(t, year)).append('\n');
        }
        y.append("population_detail:\n");
        for (int year = 2016; year <= 2027; year++) {
            int total = population(t, year);
            int male = (int) Math.round(total * 0.513);
            boolean london = "London".equals(t.region());
            int mixed = (int) Math.round(total * (london ? 0.10 : 0.05));
            int asian = (int) Math.round(total * (london ? 0.20 : 0.08));
            int black = (int) Math.round(total * (london ? 0.17 : 0.03));
            int other = (int) Math.round(total * (london ? 0.06 : 0.02));
            y.append("  ").append(year).append(":\n");
            y.append("    sex: {M: ").append(male).append(", F: ").append(total - male).append("}\n");
            y.append("    ethnicity: {White: ").append(total - mixed - asian - black - other).append(", Mixed: ").append(mixed)
                    .append(", Asian: ").append(asian).append(", Black: ").append(black).append(", Other: ").append(other).append("}\n");
        }
        y.append("context:\n  deprivation: ").append(t.deprivation()).append("\n  density: ").append(t.density())
                .append("\n  looked_after_per_10k: ").append(t.lookedAfterPer10k()).append('\n');
        y.append("users:\n");
        y.append(user(MANAGER, "Manager of " + t.name(), "yot_manager", passwordHash));
        y.append(user(PERFORMANCE, "Performance of " + t.name(), "performance_officer", passwordHash));
        y.append(user("bench.board", "Board of " + t.name(), "board_member", passwordHash));
        for (int i = 1; i <= t.caseManagers(); i++) {
            y.append(user(caseManager(i), "Case Manager " + i, "case_manager", passwordHash));
        }
        return y.toString();
    }

    static String caseManager(int i) {
        return String.format("cm%03d", i);
    }

    /** A slowly growing population around the tenant's figure for 2018. */
    static int population(BenchTenant t, int year) {
        return (int) Math.round(t.population() * (1 + 0.008 * (year - 2018)));
    }

    private static String user(String username, String name, String role, String hash) {
        return "  - {username: " + username + ", name: \"" + name + "\", roles: [" + role + "], password_hash: \""
                + hash.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}\n";
    }
}
