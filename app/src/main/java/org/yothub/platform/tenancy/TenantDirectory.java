package org.yothub.platform.tenancy;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Read access to the tenant registry for platform code (names for page headers, the sign-in
 * list). Names are cached: they change only when tenant files are reloaded.
 */
@Singleton
public class TenantDirectory {
    private final TenantRepository repository;
    private final Map<String, String> names = new ConcurrentHashMap<>();

    TenantDirectory(TenantRepository repository) {
        this.repository = repository;
    }

    public boolean exists(String code) {
        return code != null && (names.containsKey(code) || repository.existsById(code));
    }

    public String displayName(String code) {
        return names.computeIfAbsent(code, c -> repository.findById(c).map(Tenant::getName).orElse(c));
    }

    public List<Tenant> all() {
        return repository.findAllOrderByName();
    }

    void forget() {
        names.clear();
    }
}
