package org.yothub.platform.tenancy;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.utils.SecurityService;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * The single place that decides which tenant the current work belongs to: an explicit
 * {@link TenantScope}, else the verified token's {@code tenant} claim. Never a header, a query
 * parameter or a request body.
 */
@Singleton
public class CurrentTenant {
    public static final String CLAIM = "tenant";
    private final SecurityService securityService;

    CurrentTenant(SecurityService securityService) {
        this.securityService = securityService;
    }

    public Optional<String> find() {
        String scoped = TenantScope.current();
        if (scoped != null) {
            return Optional.of(scoped);
        }
        return securityService.getAuthentication().flatMap(CurrentTenant::fromAuthentication);
    }

    public String require() {
        return find().orElseThrow(NoTenantException::new);
    }

    public static Optional<String> fromAuthentication(Authentication authentication) {
        Object claim = authentication.getAttributes().get(CLAIM);
        return claim instanceof String s && !s.isBlank() ? Optional.of(s) : Optional.empty();
    }
}
