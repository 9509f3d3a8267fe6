package org.yothub.measures;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.yothub.platform.tenancy.CurrentTenant;

/**
 * Keeps computed measures until the data under them changes. The key is the tenant, the tenant's
 * data version ({@code tenant_data_version}, raised in the same transaction as every change of a
 * table the measures read), the measure and its arguments (period, as-of date). A change therefore
 * makes every older entry of that tenant unreachable at once, in every instance of the service,
 * whatever wrote it (the API, an import, a bulk load). Concurrent requests for the same key wait
 * for one computation. Entries hold counts and rates, plus nothing that identifies a child.
 */
@Singleton
class MeasureCache {
    private final Cache<Key, Object> cache;
    private final MeasureSql sql;
    private final CurrentTenant currentTenant;

    MeasureCache(MeasureSql sql, CurrentTenant currentTenant,
                 @Value("${app.measures.cache-size:20000}") long size) {
        this.sql = sql;
        this.currentTenant = currentTenant;
        this.cache = Caffeine.newBuilder().maximumSize(size).expireAfterAccess(Duration.ofHours(24)).build();
    }

    private record Key(String tenant, long dataVersion, String measure, List<Object> args) { }

    /** The cached value of {@code measure(args)} for the current tenant, computed when missing. Call in a tenant transaction. */
    @SuppressWarnings("unchecked")
    <T> T get(String measure, List<Object> args, Supplier<T> compute) {
        Key key = new Key(currentTenant.require(), dataVersion(), measure, args);
        return (T) cache.get(key, k -> compute.get());
    }

    /** The current tenant's data version: 0 until its first change. */
    long dataVersion() {
        List<Long> v = sql.list("SELECT version FROM tenant_data_version WHERE tenant_id = :tenant", rs -> rs.getLong(1));
        return v.isEmpty() ? 0 : v.get(0);
    }
}
