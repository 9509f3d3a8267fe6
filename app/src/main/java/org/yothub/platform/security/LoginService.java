package org.yothub.platform.security;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.yothub.platform.audit.AuditAction;
import org.yothub.platform.audit.AuditLog;
import org.yothub.platform.tenancy.TenantDirectory;
import org.yothub.platform.tenancy.TenantTransactions;

/**
 * Checks a sign-in and issues a token. Five consecutive failures lock an account for 15
 * minutes; every attempt is audited; unknown tenants and users cost the same time as real ones
 * and get the same message.
 */
@Singleton
public class LoginService {
    static final int MAX_FAILURES = 5;
    static final Duration LOCK = Duration.ofMinutes(15);
    private final StaffUserRepository staffUsers;
    private final PlatformUserRepository platformUsers;
    private final PasswordHasher hasher;
    private final TenantTransactions transactions;
    private final TenantDirectory tenants;
    private final AuditLog auditLog;
    private final TokenIssuer tokens;
    private final LoginThrottle throttle;

    LoginService(StaffUserRepository staffUsers, PlatformUserRepository platformUsers, PasswordHasher hasher,
                 TenantTransactions transactions, TenantDirectory tenants, AuditLog auditLog, TokenIssuer tokens,
                 LoginThrottle throttle) {
        this.staffUsers = staffUsers;
        this.platformUsers = platformUsers;
        this.hasher = hasher;
        this.transactions = transactions;
        this.tenants = tenants;
        this.auditLog = auditLog;
        this.tokens = tokens;
        this.throttle = throttle;
    }

    /** Signs in; {@code tenant} null for cross-tenant users. Throws {@link LoginFailedException}. */
    public TokenIssuer.SignedToken login(String tenant, String username, String password, String clientAddress) {
        String user = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        String pw = password == null ? "" : password;
        String address = clientAddress == null ? "unknown" : clientAddress;
        if (!throttle.allowed(address)) {
            auditLog.recordFor(tenant != null && tenants.exists(tenant) ? tenant : null, null, null,
                    AuditAction.LOGIN_FAILED, "throttled");
            throw new LoginFailedException();
        }
        Optional<TokenIssuer.SignedToken> token = tenant == null || tenant.isBlank()
                ? platformLogin(user, pw)
                : tenantLogin(tenant.trim().toLowerCase(Locale.ROOT), user, pw);
        if (token.isEmpty()) {
            throttle.failed(address);
            throw new LoginFailedException();
        }
        return token.get();
    }

    private Optional<TokenIssuer.SignedToken> tenantLogin(String tenant, String username, String password) {
        if (!tenants.exists(tenant)) {
            hasher.verifyDecoy(password);
            auditLog.recordFor(null, null, null, AuditAction.LOGIN_FAILED, "unknown_tenant");
            return Optional.empty();
        }
        Attempt attempt = transactions.inNewTransaction(tenant, () -> {
            Optional<StaffUser> found = staffUsers.findByUsername(username);
            Attempt a = check(found.orElse(null), password);
            found.filter(u -> a.changed).ifPresent(staffUsers::update);
            return a;
        });
        auditLog.recordFor(tenant, attempt.accountId, attempt.roles, attempt.success ? AuditAction.LOGIN
                : AuditAction.LOGIN_FAILED, attempt.outcome);
        return attempt.success ? Optional.of(tokens.issue(attempt.account, tenant, null)) : Optional.empty();
    }

    private Optional<TokenIssuer.SignedToken> platformLogin(String username, String password) {
        Attempt attempt = transactions.inNewTransaction(AuditLog.PLATFORM, () -> {
            Optional<PlatformUser> found = platformUsers.findByUsername(username);
            Attempt a = check(found.orElse(null), password);
            found.filter(u -> a.changed).ifPresent(platformUsers::update);
            return a;
        });
        auditLog.recordFor(null, attempt.accountId, attempt.roles, attempt.success ? AuditAction.LOGIN
                : AuditAction.LOGIN_FAILED, attempt.outcome);
        if (!attempt.success) {
            return Optional.empty();
        }
        PlatformUser user = (PlatformUser) attempt.account;
        return Optional.of(tokens.issue(user, null, user.getHomeTenant()));
    }

    private Attempt check(Account account, String password) {
        if (account == null || !account.isActive()) {
            hasher.verifyDecoy(password);
            return new Attempt(null, false, false, account == null ? "unknown_user" : "inactive");
        }
        Instant now = Instant.now();
        if (account.getLockedUntil() != null && account.getLockedUntil().isAfter(now)) {
            hasher.verifyDecoy(password);
            return new Attempt(account, false, false, "locked");
        }
        if (hasher.verify(password, account.getPasswordHash())) {
            boolean changed = account.getFailedAttempts() != 0 || account.getLockedUntil() != null;
            account.setFailedAttempts(0);
            account.setLockedUntil(null);
            return new Attempt(account, true, changed, "success");
        }
        int failures = account.getFailedAttempts() + 1;
        if (failures >= MAX_FAILURES) {
            account.setFailedAttempts(0);
            account.setLockedUntil(now.plus(LOCK));
            return new Attempt(account, false, true, "locked_now");
        }
        account.setFailedAttempts(failures);
        return new Attempt(account, false, true, "bad_password");
    }

    private static final class Attempt {
        final Account account;
        final boolean success;
        final boolean changed;
        final String outcome;
        final String accountId;
        final String roles;

        Attempt(Account account, boolean success, boolean changed, String outcome) {
            this.account = account;
            this.success = success;
            this.changed = changed;
            this.outcome = outcome;
            this.accountId = account == null ? null : account.getId().toString();
            this.roles = account == null ? null : account.getRoles();
        }
    }
}
