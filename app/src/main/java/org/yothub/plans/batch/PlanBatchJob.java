package org.yothub.plans.batch;

import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yothub.plans.document.PlanRenditionService;
import org.yothub.platform.tenancy.Tenant;
import org.yothub.platform.tenancy.TenantDirectory;
import org.yothub.platform.tenancy.TenantTransactions;
import org.yothub.platform.web.ProblemException;

/**
 * Renders every YOT's plan for a year to PDF. Each YOT runs in a new transaction bound to that
 * YOT ({@link TenantTransactions#inNewTransaction}), on a pool of {@code app.plans.batch.threads}
 * worker threads; a YOT that fails is recorded with a short message and the others carry on.
 * Progress is written to plan_batch as each YOT finishes. One batch runs at a time in a service.
 */
@Singleton
public class PlanBatchJob {
    private static final Logger LOG = LoggerFactory.getLogger(PlanBatchJob.class);
    private static final int MESSAGE_LENGTH = 200;
    private final TenantDirectory tenants;
    private final TenantTransactions transactions;
    private final PlanRenditionService renditions;
    private final PlanBatchStore store;
    private final int threads;
    private final AtomicBoolean busy = new AtomicBoolean();
    private final ExecutorService coordinator = Executors.newSingleThreadExecutor(r -> daemon(r, "plan-batch"));

    PlanBatchJob(TenantDirectory tenants, TenantTransactions transactions, PlanRenditionService renditions, PlanBatchStore store,
                 @Value("${app.plans.batch.threads:2}") int threads) {
        this.tenants = tenants;
        this.transactions = transactions;
        this.renditions = renditions;
        this.store = store;
        this.threads = Math.max(1, threads);
    }

    /** Starts a batch in the background and returns its id at once; {@code tenantCodes} null or empty means every YOT. */
    public UUID start(int planYear, List<String> tenantCodes, String requestedBy) {
        List<String> codes = codes(tenantCodes);
        UUID id = begin(planYear, codes, requestedBy);
        try {
            coordinator.submit(() -> produce(id, planYear, codes));
        } catch (RuntimeException e) {
            busy.set(false);
            store.fail(id, describe(e));
            throw e;
        }
        return id;
    }

    /** Runs a batch to the end on the calling thread (benchmark harness, tests) and returns its id. */
    public UUID run(int planYear, List<String> tenantCodes, String requestedBy) {
        List<String> codes = codes(tenantCodes);
        UUID id = begin(planYear, codes, requestedBy);
        produce(id, planYear, codes);
        return id;
    }

    public int threads() {
        return threads;
    }

    private List<String> codes(List<String> tenantCodes) {
        if (tenantCodes != null && !tenantCodes.isEmpty()) {
            return tenantCodes.stream().distinct().toList();
        }
        return tenants.all().stream().map(Tenant::getCode).toList();
    }

    private UUID begin(int planYear, List<String> codes, String requestedBy) {
        if (!busy.compareAndSet(false, true)) {
            throw ProblemException.conflict("A plan batch is already running; wait for it to finish");
        }
        try {
            return store.begin(planYear, codes.size(), threads, requestedBy);
        } catch (RuntimeException e) {
            busy.set(false);
            throw e;
        }
    }

    private void produce(UUID id, int planYear, List<String> codes) {
        long started = System.nanoTime();
        AtomicInteger next = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> daemon(r, "plan-batch-" + next.incrementAndGet()));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (String code : codes) {
                futures.add(workers.submit(() -> renderOne(id, planYear, code)));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            store.finish(id);
            LOG.info("Plan batch {} for {} finished: {} YOTs in {} ms", id, planYear, codes.size(), (System.nanoTime() - started) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            store.fail(id, "interrupted");
        } catch (ExecutionException | RuntimeException e) {
            LOG.error("Plan batch {} failed", id, e);
            store.fail(id, describe(e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e));
        } finally {
            workers.shutdownNow();
            busy.set(false);
        }
    }

    private void renderOne(UUID id, int planYear, String code) {
        long started = System.nanoTime();
        String failure = null;
        try {
            transactions.inNewTransaction(code, () -> renditions.renderYear(planYear, id));
        } catch (RuntimeException e) {
            LOG.warn("Plan batch {}: the plan of {} could not be rendered", id, code, e);
            failure = describe(e);
        }
        store.tenantFinished(id, code, (System.nanoTime() - started) / 1_000_000, failure);
    }

    /**
     * A short message for a failure: the exception's kind and the first line of its message,
     * without the database's detail (which may quote row values), at most 200 characters.
     */
    static String describe(Throwable e) {
        String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
        for (String cut : new String[] {"Detail:", "Where:", "Hint:", "Position:"}) {
            int at = message.indexOf(cut);
            if (at >= 0) {
                message = message.substring(0, at);
            }
        }
        String text = (e.getClass().getSimpleName() + ": " + message.strip()).strip();
        return text.length() <= MESSAGE_LENGTH ? text : text.substring(0, MESSAGE_LENGTH - 1) + "…";
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @PreDestroy
    void stop() {
        coordinator.shutdownNow();
    }
}
