package org.yothub.platform.security;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.yothub.platform.tenancy.TenantDefinition.UserDefinition;

/**
 * Creates and updates accounts declared in tenant files. Idempotent: an unchanged declaration
 * changes no row (a plain demo password is re-hashed only when it no longer verifies).
 */
@Singleton
public class AccountService {
    private final StaffUserRepository staffUsers;
    private final PlatformUserRepository platformUsers;
    private final PasswordHasher hasher;

    AccountService(StaffUserRepository staffUsers, PlatformUserRepository platformUsers, PasswordHasher hasher) {
        this.staffUsers = staffUsers;
        this.platformUsers = platformUsers;
        this.hasher = hasher;
    }

    /** Upserts staff of the tenant in scope (call inside a tenant transaction). Returns rows written. */
    public int upsertStaff(List<UserDefinition> users) {
        int written = 0;
        for (UserDefinition u : users) {
            Optional<StaffUser> existing = staffUsers.findByUsername(u.username());
            StaffUser s = existing.orElseGet(StaffUser::new);
            boolean changed = apply(s, u);
            if (existing.isEmpty()) {
                s.setId(UUID.randomUUID());
                staffUsers.save(s);
                written++;
            } else if (changed) {
                staffUsers.update(s);
                written++;
            }
        }
        return written;
    }

    /** Upserts cross-tenant accounts; {@code homeTenant} for peer reviewers declared by a YOT. */
    public int upsertPlatform(List<UserDefinition> users, String homeTenant) {
        int written = 0;
        for (UserDefinition u : users) {
            String username = homeTenant == null ? u.username() : u.username() + "@" + homeTenant;
            Optional<PlatformUser> existing = platformUsers.findByUsername(username);
            PlatformUser p = existing.orElseGet(PlatformUser::new);
            boolean changed = apply(p, new UserDefinition(username, u.name(), u.roles(), u.password(), u.passwordHash()));
            if (!Objects.equals(p.getHomeTenant(), homeTenant)) {
                p.setHomeTenant(homeTenant);
                changed = true;
            }
            if (existing.isEmpty()) {
                p.setId(UUID.randomUUID());
                platformUsers.save(p);
                written++;
            } else if (changed) {
                platformUsers.update(p);
                written++;
            }
        }
        return written;
    }

    private boolean apply(Account account, UserDefinition u) {
        String roles = String.join(",", u.roles());
        boolean changed = false;
        if (account instanceof StaffUser s) {
            changed |= set(s.getUsername(), u.username(), s::setUsername);
            changed |= set(s.getDisplayName(), u.name(), s::setDisplayName);
            changed |= set(s.getRoles(), roles, s::setRoles);
        } else if (account instanceof PlatformUser p) {
            changed |= set(p.getUsername(), u.username(), p::setUsername);
            changed |= set(p.getDisplayName(), u.name(), p::setDisplayName);
            changed |= set(p.getRoles(), roles, p::setRoles);
        }
        String wanted = u.passwordHash();
        if (wanted != null && !wanted.equals(account.getPasswordHash())) {
            account.setPasswordHash(wanted);
            changed = true;
        } else if (u.password() != null && !hasher.verify(u.password(), account.getPasswordHash())) {
            account.setPasswordHash(hasher.hash(u.password()));
            changed = true;
        }
        return changed;
    }

    private static boolean set(String current, String wanted, java.util.function.Consumer<String> setter) {
        if (Objects.equals(current, wanted)) {
            return false;
        }
        setter.accept(wanted);
        return true;
    }
}
