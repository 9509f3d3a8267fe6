package org.yothub.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * A constant-rate HTTP load generator: fires one request every {@code 1/rate} seconds on a fixed
 * schedule (a fixed thread pool sends them, JDK HttpClient, keep-alive), whatever the answers'
 * speed. Latency is measured from each request's scheduled time, so a slow answer that delays
 * later requests counts against them too (no coordinated omission); the service time (from the
 * actual send) is reported as well. A warm-up at the same rate precedes the measured seconds.
 *
 * <p>Arguments ({@code key=value}): {@code scenario} (child-api, child-page, search-api,
 * search-page, kpis, reoffending, measures (any of the nine measures of any of 12 quarters),
 * performance-page, caseload-api, caseload-page, benchmark-page (as the oversight user),
 * comparison-api), {@code tenant}, {@code rate} (200),
 * {@code seconds} (30), {@code warmup} (5), {@code threads} (32), {@code user} (bench.manager),
 * {@code url} (BENCH_URL).
 */
public final class LoadRun {
    private final Map<String, String> args;
    private final BenchEnv env = new BenchEnv();
    private final HttpClient http;
    private final ExecutorService pool;
    private final String base;

    private LoadRun(Map<String, String> args) {
        this.args = args;
        this.pool = Executors.newFixedThreadPool(Integer.parseInt(arg("threads", "32")));
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(Executors.newCachedThreadPool())
                .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();
        this.base = arg("url", BenchEnv.env("BENCH_URL", "http://127.0.0.1:18080"));
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> args = new TreeMap<>();
        for (String a : argv) {
            int eq = a.indexOf('=');
            args.put(a.substring(0, eq), a.substring(eq + 1));
        }
        new LoadRun(args).run();
        System.exit(0);
    }

    private String arg(String key, String fallback) {
        return args.getOrDefault(key, fallback);
    }

    private void run() throws Exception {
        String scenario = arg("scenario", "child-api");
        String tenant = arg("tenant", null);
        int rate = Integer.parseInt(arg("rate", "200"));
        int seconds = Integer.parseInt(arg("seconds", "30"));
        Supplier<HttpRequest> requests = requests(scenario, tenant);
        fire(requests, rate, Integer.parseInt(arg("warmup", "5")));
        LatencyStats stats = fire(requests, rate, seconds);
        String json = String.format(Locale.ROOT, "{\"scenario\":\"%s\",\"tenant\":\"%s\",\"rate\":%d,\"seconds\":%d,%s,\"load\":\"%s\"}",
                scenario, tenant, rate, seconds, stats.json(), Files.readString(Path.of("/proc/loadavg")).trim());
        env.record("load", json);
        pool.shutdownNow();
    }

    private Supplier<HttpRequest> requests(String scenario, String tenant) throws Exception {
        SplittableRandom random = new SplittableRandom(42);
        List<String> ids = Files.readAllLines(env.ids(tenant));
        List<String> terms = Files.readAllLines(env.search(tenant));
        List<String> quarters = List.of("FY2022-23-Q1", "FY2022-23-Q2", "FY2022-23-Q3", "FY2022-23-Q4", "FY2023-24-Q1",
                "FY2023-24-Q2", "FY2023-24-Q3", "FY2023-24-Q4", "FY2024-25-Q1", "FY2024-25-Q2", "FY2024-25-Q3", "FY2024-25-Q4");
        String user = arg("user", scenario.startsWith("caseload") ? BenchTenants.caseManager(1)
                : scenario.equals("benchmark-page") ? "oversight" : BenchTenants.MANAGER);
        String signInTenant = scenario.equals("benchmark-page") ? "" : tenant;
        List<String> measures = List.of("first-time-entrants?period=", "reoffending?cohort=", "custody?period=", "remand?period=",
                "disposals?period=", "end-of-intervention?period=", "kpis?period=", "disproportionality?period=", "victims?period=");
        List<String> catalogue = List.of("first_time_entrants", "custody", "reoffending_binary", "ete_suitable");
        boolean page = scenario.endsWith("-page");
        String auth = page ? "Cookie" : "Authorization";
        String credential = page ? "yothub_session=" + Session.cookie(http, base, signInTenant, user)
                : "Bearer " + Session.token(http, base, signInTenant, user);
        Supplier<String> path = switch (scenario) {
            case "child-api" -> () -> "/api/v1/children/" + pick(ids, random);
            case "child-page" -> () -> "/children/" + pick(ids, random);
            case "search-api" -> () -> "/api/v1/children?q=" + encode(pick(terms, random));
            case "search-page" -> () -> "/children?q=" + encode(pick(terms, random));
            case "kpis" -> () -> "/api/v1/measures/kpis?period=" + pick(quarters, random);
            case "reoffending" -> () -> "/api/v1/measures/reoffending?cohort=" + pick(quarters, random);
            case "caseload-api" -> () -> "/api/v1/caseload";
            case "caseload-page" -> () -> "/caseload";
            case "measures" -> () -> "/api/v1/measures/" + pick(measures, random) + pick(quarters, random);
            case "performance-page" -> () -> "/performance?period=" + pick(quarters, random);
            case "benchmark-page" -> () -> "/benchmarking?measure=" + pick(catalogue, random);
            case "comparison-api" -> () -> "/api/v1/benchmarking/comparison?measure=" + pick(catalogue, random);
            default -> throw new IllegalArgumentException("unknown scenario " + scenario);
        };
        return () -> HttpRequest.newBuilder(URI.create(base + path.get())).header(auth, credential)
                .timeout(Duration.ofSeconds(30)).GET().build();
    }

    private static String pick(List<String> list, SplittableRandom random) {
        return list.get(random.nextInt(list.size()));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Sends {@code rate} requests a second for {@code seconds} on a fixed schedule and waits for every answer. */
    private LatencyStats fire(Supplier<HttpRequest> requests, int rate, int seconds) throws InterruptedException {
        int total = rate * seconds;
        long interval = 1_000_000_000L / rate;
        LatencyStats stats = new LatencyStats(total);
        CountDownLatch done = new CountDownLatch(total);
        Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
        long start = System.nanoTime() + 10_000_000L;
        for (int i = 0; i < total; i++) {
            long intended = start + i * interval;
            long wait = intended - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            HttpRequest request = requests.get();
            pool.execute(() -> {
                long sent = System.nanoTime();
                try {
                    HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() >= 400) {
                        errors.computeIfAbsent(String.valueOf(response.statusCode()), k -> new AtomicInteger()).incrementAndGet();
                    }
                } catch (Exception e) {
                    errors.computeIfAbsent(e.getClass().getSimpleName(), k -> new AtomicInteger()).incrementAndGet();
                } finally {
                    long end = System.nanoTime();
                    stats.add(end - intended, end - sent);
                    done.countDown();
                }
            });
        }
        long lastSent = System.nanoTime();
        done.await(120, TimeUnit.SECONDS);
        stats.finish(lastSent - start, System.nanoTime() - start, errors);
        return stats;
    }

    /** Latencies kept in full and sorted at the end (exact percentiles). */
    static final class LatencyStats {
        private final long[] latency;
        private final long[] service;
        private final AtomicInteger n = new AtomicInteger();
        private double sendSeconds;
        private double totalSeconds;
        private Map<String, AtomicInteger> errors = Map.of();

        LatencyStats(int capacity) {
            latency = new long[capacity];
            service = new long[capacity];
        }

        void add(long latencyNanos, long serviceNanos) {
            int i = n.getAndIncrement();
            latency[i] = latencyNanos;
            service[i] = serviceNanos;
        }

        void finish(long sendNanos, long totalNanos, Map<String, AtomicInteger> errors) {
            this.sendSeconds = sendNanos / 1e9;
            this.totalSeconds = totalNanos / 1e9;
            this.errors = errors;
        }

        static double percentile(long[] sorted, int count, double p) {
            if (count == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100 * count) - 1;
            return sorted[Math.max(0, Math.min(count - 1, index))] / 1e6;
        }

        String json() {
            int count = n.get();
            long[] l = java.util.Arrays.copyOf(latency, count);
            long[] s = java.util.Arrays.copyOf(service, count);
            java.util.Arrays.sort(l);
            java.util.Arrays.sort(s);
            int errorCount = errors.values().stream().mapToInt(AtomicInteger::get).sum();
            List<String> e = new ArrayList<>();
            errors.forEach((k, v) -> e.add("\"" + k + "\":" + v.get()));
            return String.format(Locale.ROOT, "\"requests\":%d,\"errors\":%d,\"error_kinds\":{%s},\"sent_rps\":%.1f,\"drained_s\":%.1f,"
                            + "\"p50_ms\":%.1f,\"p90_ms\":%.1f,\"p95_ms\":%.1f,\"p99_ms\":%.1f,\"max_ms\":%.1f,"
                            + "\"service_p50_ms\":%.1f,\"service_p95_ms\":%.1f,\"service_p99_ms\":%.1f",
                    count, errorCount, String.join(",", e), count / sendSeconds, totalSeconds - sendSeconds,
                    percentile(l, count, 50), percentile(l, count, 90), percentile(l, count, 95), percentile(l, count, 99),
                    percentile(l, count, 100), percentile(s, count, 50), percentile(s, count, 95), percentile(s, count, 99));
        }
    }
}
