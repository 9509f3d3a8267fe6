package org.yothub.bench;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.yothub.bench.CaseRecords.Case;

/**
 * Times the case-level import through HTTP ({@code POST /api/v1/imports/case-level}): writes a
 * five-file set of {@code children} new generated children (about three outcome rows each) with
 * references not yet stored, imports it as the tenant's YOT manager ({@code create}), imports the
 * same files again ({@code identical}: every row matched, no value changed), then a copy in which
 * every row of the outcomes file has a changed value ({@code changed}: each offence's gravity score,
 * and each outcome's date moved by a day where the rules allow). Each pass records the wall time
 * and the CPU time the service and its database server processes spent during it. Arguments
 * {@code key=value}: {@code tenant}, {@code children} (8000).
 */
public final class ImportRun {
    private static final String CHANGED = "outcomes-changed";
    private static long outcomeDatesMoved;

    private ImportRun() {
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new HashMap<>();
        for (String a : argv) {
            args.put(a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
        }
        BenchEnv env = new BenchEnv();
        String tenant = args.get("tenant");
        int children = Integer.parseInt(args.getOrDefault("children", "8000"));
        String prefix = "imp" + Long.toString(System.currentTimeMillis() / 1000, 36);
        Map<String, StringBuilder> files = csv(prefix, children);
        Path dir = env.home.resolve("import").resolve(prefix);
        Files.createDirectories(dir);
        for (var e : files.entrySet()) {
            Files.writeString(dir.resolve(e.getKey() + ".csv"), e.getValue(), StandardCharsets.UTF_8);
        }
        long outcomeRows = files.get("outcomes").chars().filter(c -> c == '\n').count() - 1;
        long allRows = files.entrySet().stream().filter(e -> !CHANGED.equals(e.getKey()))
                .mapToLong(e -> e.getValue().chars().filter(c -> c == '\n').count() - 1).sum();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String base = BenchEnv.env("BENCH_URL", "http://127.0.0.1:18080");
        String token = Session.token(http, base, tenant, BenchTenants.MANAGER);
        Map<String, StringBuilder> changed = new LinkedHashMap<>(files);
        changed.put("outcomes", files.remove(CHANGED));
        long changedOutcomes = outcomeDatesMoved;
        String boundary = "bench-boundary-" + prefix;
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        bodies.put("create", multipart(files, boundary));
        bodies.put("identical", bodies.get("create"));
        bodies.put("changed", multipart(changed, boundary));
        ServerCpu cpu = new ServerCpu(env);
        for (var pass : bodies.entrySet()) {
            double[] cpuBefore = cpu.seconds();
            long start = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/imports/case-level"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .timeout(Duration.ofMinutes(10)).POST(HttpRequest.BodyPublishers.ofByteArray(pass.getValue())).build(),
                    HttpResponse.BodyHandlers.ofString());
            double seconds = (System.nanoTime() - start) / 1e9;
            double[] cpuAfter = cpu.seconds();
            if (r.statusCode() != 200) {
                throw new IllegalStateException("Import refused: " + r.statusCode() + " " + r.body().substring(0, Math.min(2000, r.body().length())));
            }
            env.record("import", String.format(Locale.ROOT, "{\"tenant\":\"%s\",\"pass\":\"%s\",\"files\":\"%s\",\"mb\":%.1f,"
                            + "\"outcome_rows\":%d,\"all_rows\":%d,\"changed\":\"%s\",\"seconds\":%.2f,\"outcome_rows_per_s\":%.0f,"
                            + "\"all_rows_per_s\":%.0f,\"service_cpu_s\":%.2f,\"db_cpu_s\":%.2f,\"answer\":%s,\"load\":\"%s\"}",
                    tenant, pass.getKey(), dir, pass.getValue().length / 1e6, outcomeRows, allRows,
                    "changed".equals(pass.getKey()) ? "every offence's gravity score, " + changedOutcomes + " outcome dates" : "",
                    seconds, outcomeRows / seconds, allRows / seconds, cpuAfter[0] - cpuBefore[0], cpuAfter[1] - cpuBefore[1],
                    r.body(), Files.readString(Path.of("/proc/loadavg")).trim()));
        }
        System.exit(0);
    }

    /** The five CSV files of {@code count} generated children whose references start with {@code prefix}. */
    static Map<String, StringBuilder> csv(String prefix, int count) {
        Map<String, StringBuilder> f = new LinkedHashMap<>();
        f.put("children", new StringBuilder("child_ref,date_of_birth,sex,ethnicity,looked_after,given_name,family_name,"
                + "ethnicity_detail,postcode_district\n"));
        f.put("outcomes", new StringBuilder("child_ref,offence_ref,offence_date,offence_category,gravity_score,"
                + "serious_violence,outcome_date,outcome_code,release_date\n"));
        f.put("interventions", new StringBuilder("child_ref,intervention_ref,outcome_code,start_date,end_date,end_reason,"
                + "ete_status_at_end,ete_hours_at_end,accommodation_suitable_at_end,send_identified,send_formal_plan,mh_need,"
                + "mh_intervention_planned,mh_attending,sm_need,sm_treatment_planned,sm_attending\n"));
        f.put(CHANGED, new StringBuilder(f.get("outcomes")));
        f.put("remands", new StringBuilder("child_ref,remand_ref,start_date,end_date,placement\n"));
        f.put("victims", new StringBuilder("victim_ref,offence_ref,consented_to_contact,offered_rj,engaged_rj,rj_type,satisfied\n"));
        new NationalCaseload(prefix, 7, NationalDataset.FROM, LocalDate.now().minusDays(1), 3.47, List.of(), "Import Youth Court")
                .generate(count, k -> write(f, k));
        return f;
    }

    private static void write(Map<String, StringBuilder> f, Case k) {
        var c = k.child();
        line(f.get("children"), c.ref(), c.dateOfBirth(), c.sex(), c.ethnicity(), c.lookedAfter(), c.givenName(),
                c.familyName(), c.ethnicityDetail(), c.postcodeDistrict());
        Map<UUID, String> offenceRefs = new HashMap<>();
        Map<UUID, CaseRecords.Outcome> byOffence = new HashMap<>();
        k.outcomes().forEach(o -> byOffence.put(o.offenceId(), o));
        for (var o : k.offences()) {
            offenceRefs.put(o.id(), o.ref());
            var x = byOffence.get(o.id());
            line(f.get("outcomes"), c.ref(), o.ref(), o.date(), o.category(), o.gravity(), o.seriousViolence(),
                    x == null ? null : x.date(), x == null ? null : x.code(), x == null ? null : x.releaseDate());
            LocalDate moved = x == null ? null : moved(o.date(), x.date(), x.releaseDate());
            line(f.get(CHANGED), c.ref(), o.ref(), o.date(), o.category(), o.gravity() % 8 + 1, o.seriousViolence(),
                    x == null ? null : moved, x == null ? null : x.code(), x == null ? null : x.releaseDate());
        }
        for (var i : k.interventions()) {
            line(f.get("interventions"), c.ref(), i.ref(), i.code(), i.start(), i.end(), i.endReason(), i.eteStatus(),
                    i.eteHours() == null ? null : i.eteHours().toPlainString(), i.accommodationSuitable(), i.sendIdentified(),
                    i.sendFormalPlan(), i.mhNeed(), i.mhPlanned(), i.mhAttending(), i.smNeed(), i.smPlanned(), i.smAttending());
        }
        k.remands().forEach(r -> line(f.get("remands"), c.ref(), r.ref(), r.start(), r.end(), r.placement()));
        k.victims().forEach(v -> line(f.get("victims"), v.ref(), offenceRefs.get(v.offenceId()), v.consented(), v.offeredRj(),
                v.engagedRj(), v.rjType(), v.satisfied()));
    }

    /** The outcome date a day earlier, or if that is before the offence a day later, within the rules; else as it was. */
    private static LocalDate moved(LocalDate offence, LocalDate outcome, LocalDate release) {
        LocalDate earlier = outcome.minusDays(1);
        LocalDate later = outcome.plusDays(1);
        if (!earlier.isBefore(offence)) {
            outcomeDatesMoved++;
            return earlier;
        }
        if (!later.isAfter(LocalDate.now()) && (release == null || !later.isAfter(release))) {
            outcomeDatesMoved++;
            return later;
        }
        return outcome;
    }

    private static void line(StringBuilder b, Object... values) {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (i > 0) {
                b.append(',');
            }
            if (v instanceof Boolean x) {
                b.append(x ? 'Y' : 'N');
            } else if (v != null) {
                String s = v.toString();
                b.append(s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s);
            }
        }
        b.append('\n');
    }

    private static byte[] multipart(Map<String, StringBuilder> files, String boundary) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (var e : files.entrySet()) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"; filename=\""
                    + e.getKey() + ".csv\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(e.getValue().toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
