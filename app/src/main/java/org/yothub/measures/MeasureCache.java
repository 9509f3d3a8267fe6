package org.yothub.measures;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.yothub.platform.tenancy.CurrentTenant;

/**
 * Keeps computed measures until the data under them changes. The key is the tenant, the tenant's
 * data version ({@code tenant_data_version}, raised in the same transaction as every change of a
 * table the measures read), the measure and its arguments (period, as-of date). A change therefore
 * makes every older entry of that tenant unreachable at once, in every instance of the service,
 * whatever wrote it (the API, an import, a bulk load). Periods missing from the cache are computed
 * together, in one pass per measure. Entries hold counts and rates, plus nothing that identifies a child.
 */
@Singleton
class MeasureCache {
    private final Cache<Key, Object> cache;
    private final MeasureSql sql;
    private final CurrentTenant currentTenant;

    MeasureCache(MeasureSql sql, CurrentTenant currentTenant,
                 @Value("${app.measures.cache-size:100000}") long size) {
        this.sql = sql;
        this.currentTenant = currentTenant;
        this.cache = Caffeine.newBuilder().maximumSize(size).expireAfterAccess(Duration.ofHours(24)).build();
    }

    private record Key(String tenant, long dataVersion, String measure, String period, LocalDate asOf) { }

    /**
     * The results of {@code measure} for {@code periods} (in their order) as of {@code asOf}, for the
     * current tenant; the missing ones are computed together by {@code compute} (period id → result).
     * Call in a tenant transaction.
     */
    List<Object> getAll(String measure, List<Period> periods, LocalDate asOf, Function<List<Period>, Map<String, ?>> compute) {
        String tenant = currentTenant.require();
        long version = dataVersion();
        Map<Key, Period> keys = new LinkedHashMap<>();
        periods.forEach(p -> keys.put(new Key(tenant, version, measure, p.id(), asOf), p));
        Map<Key, Object> found = cache.getAll(keys.keySet(), missing -> {
            Map<String, ?> computed = compute.apply(missing.stream().map(keys::get).toList());
            Map<Key, Object> out = new HashMap<>();
            missing.forEach(k -> out.put(k, computed.get(k.period())));
            return out;
        });
        return periods.stream().map(p -> found.get(new Key(tenant, version, measure, p.id(), asOf))).toList();
    }

    /** Keeps {@code results} (period id → result) of {@code measure} for the current tenant; answers how many. */
    int putAll(String measure, LocalDate asOf, Map<String, ?> results) {
        return putAll(dataVersion(), measure, asOf, results);
    }

    /**
     * As {@link #putAll(String, LocalDate, Map)}, for results computed from the data of
     * {@code version} (read before computing them: results of data changed meanwhile are kept
     * under the older version, which no request asks for any more).
     */
    int putAll(long version, String measure, LocalDate asOf, Map<String, ?> results) {
        String tenant = currentTenant.require();
        results.forEach((period, value) -> cache.put(new Key(tenant, version, measure, period, asOf), value));
        return results.size();
    }

    /** The current tenant's data version: 0 until its first change. */
    long dataVersion() {
        List<Long> v = sql.list("SELECT version FROM tenant_data_version WHERE tenant_id = :tenant", rs -> rs.getLong(1));
        return v.isEmpty() ? 0 : v.get(0);
    }
}
