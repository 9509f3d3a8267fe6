package org.yothub.benchmarking;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yothub.measures.Period;
import org.yothub.platform.tenancy.Tenant;
import org.yothub.platform.tenancy.TenantDirectory;
import org.yothub.platform.tenancy.TenantScope;

/**
 * Produces a benchmark release: reads each tenant inside its own RLS scope
 * ({@link TenantScope}), aggregates to catalogue cells, sums tenants into family, region and
 * national geographies, applies {@link DisclosureControl} once per cell, ranks tenants and stores
 * the result as a new, immutable version. Runs quarterly and on demand.
 */
@Singleton
public class ReleaseJob {
    private static final Logger LOG = LoggerFactory.getLogger(ReleaseJob.class);
    /** Tenants read at once, each on its own connection and in its own RLS scope. */
    private static final int READERS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    private final TenantDirectory tenants;
    private final TenantEvents events;
    private final ReleaseStore store;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "benchmark-release");
        t.setDaemon(true);
        return t;
    });

    ReleaseJob(TenantDirectory tenants, TenantEvents events, ReleaseStore store) {
        this.tenants = tenants;
        this.events = events;
        this.store = store;
    }

    /** Quarterly: 03:00 on the 5th of the month after each quarter ends. */
    @Scheduled(cron = "0 0 3 5 1,4,7,10 *")
    void quarterly() {
        run("scheduled", LocalDate.now());
    }

    /** Starts a release in the background and returns its id at once. */
    public UUID start(String requestedBy) {
        UUID id = store.begin(requestedBy, ReleaseCatalogue.lastCompleteQuarter(LocalDate.now()).id());
        executor.submit(() -> produce(id, LocalDate.now()));
        return id;
    }

    /** Produces a release synchronously (scheduler, tests, benchmark harness). */
    public UUID run(String requestedBy, LocalDate today) {
        UUID id = store.begin(requestedBy, ReleaseCatalogue.lastCompleteQuarter(today).id());
        produce(id, today);
        return id;
    }

    private void produce(UUID id, LocalDate today) {
        long started = System.nanoTime();
        try {
            List<Period> periods = ReleaseCatalogue.periods(ReleaseCatalogue.lastCompleteQuarter(today));
            TenantAggregator aggregator = new TenantAggregator(periods);
            List<Tenant> all = tenants.all();
            Map<String, Map<CellKey, DisclosureControl.Raw>> perTenant = new TreeMap<>();
            Map<String, Map<String, Double>> context = new TreeMap<>();
            List<Future<Aggregated>> reads = new ArrayList<>();
            ExecutorService readers = Executors.newFixedThreadPool(READERS, r -> {
                Thread t = new Thread(r, "benchmark-read");
                t.setDaemon(true);
                return t;
            });
            try {
                for (Tenant tenant : all) {
                    reads.add(readers.submit(() -> read(tenant, aggregator)));
                }
                for (int i = 0; i < all.size(); i++) {
                    Aggregated a = reads.get(i).get();
                    perTenant.put(all.get(i).getCode(), a.cells());
                    context.put(all.get(i).getCode(), a.context());
                    if ((i + 1) % 10 == 0 || i + 1 == all.size()) {
                        store.progress(id, (i + 1) * 80 / all.size());
                    }
                }
            } finally {
                readers.shutdownNow();
            }
            long read = System.nanoTime();
            Map<String, List<NearestNeighbours.Neighbour>> neighbours = NearestNeighbours.compute(context);
            List<ReleaseStore.Cell> cells = ReleaseAssembler.assemble(all, perTenant, neighbours);
            long assembled = System.nanoTime();
            store.complete(id, cells, pseudonyms(all, store.previousPseudonyms()), all.size(), neighbours);
            long stored = System.nanoTime();
            LOG.info("Benchmark release {} complete: {} tenants, {} cells in {} ms (read {} ms, assemble {} ms, store {} ms)", id,
                    all.size(), cells.size(), (stored - started) / 1_000_000, (read - started) / 1_000_000,
                    (assembled - read) / 1_000_000, (stored - assembled) / 1_000_000);
        } catch (RuntimeException | ExecutionException e) {
            LOG.error("Benchmark release {} failed", id, e);
            store.fail(id, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            store.fail(id, e.getClass().getSimpleName());
        }
    }

    /** One tenant's cells and context, read inside that tenant's own RLS scope. */
    private record Aggregated(Map<CellKey, DisclosureControl.Raw> cells, Map<String, Double> context) { }

    private Aggregated read(Tenant tenant, TenantAggregator aggregator) {
        TenantEvents.Snapshot snapshot = TenantScope.call(tenant.getCode(), events::load);
        return new Aggregated(aggregator.aggregate(snapshot), context(tenant, snapshot));
    }

    /** Context variables of a YOT for nearest neighbours: its latest population and tenant.yml context. */
    private static Map<String, Double> context(Tenant tenant, TenantEvents.Snapshot snapshot) {
        Map<String, Double> out = new HashMap<>();
        if (tenant.getContext() != null) {
            tenant.getContext().forEach((k, v) -> {
                if (v != null && NearestNeighbours.VARIABLES.contains(k)) {
                    out.put(k, v.doubleValue());
                }
            });
        }
        snapshot.populations().entrySet().stream().max(Map.Entry.comparingByKey())
                .ifPresent(e -> out.put("population", (double) e.getValue().total()));
        return out;
    }

    /**
     * Pseudonyms drawn at random for each release ("YOT" + two letters), unique within it and
     * different from each tenant's pseudonym in the previous release; not derived from the code.
     */
    static Map<String, String> pseudonyms(List<Tenant> all, Map<String, String> previous) {
        SecureRandom random = new SecureRandom();
        Set<String> used = new HashSet<>();
        Map<String, String> out = new HashMap<>();
        for (Tenant t : all) {
            String p;
            do {
                p = "YOT " + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
            } while (used.contains(p) || p.equals(previous.get(t.getCode())));
            used.add(p);
            out.put(t.getCode(), p);
        }
        return out;
    }
}
