package org.yothub.platform.security;

import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;

/** A staff account inside one YOT (tenant-owned). */
@MappedEntity("staff_user")
public class StaffUser implements Account {
    @TenantId
    private String tenantId;
    @Id
    private UUID id;
    private String username;
    private String displayName;
    private String roles;
    private String passwordHash;
    private int failedAttempts;
    private Instant lockedUntil;
    private boolean active = true;
    @Version
    private Long version;
    @DateCreated
    private Instant createdAt;
    @DateUpdated
    private Instant updatedAt;

    public String getTenantId() { return tenantId; }
    public void setTenantId(String tenantId) { this.tenantId = tenantId; }
    @Override public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    @Override public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    @Override public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    @Override public String getRoles() { return roles; }
    public void setRoles(String roles) { this.roles = roles; }
    @Override public String getPasswordHash() { return passwordHash; }
    @Override public void setPasswordHash(String passwordHash) { this.passwordHash = passwordHash; }
    @Override public int getFailedAttempts() { return failedAttempts; }
    @Override public void setFailedAttempts(int failedAttempts) { this.failedAttempts = failedAttempts; }
    @Override public Instant getLockedUntil() { return lockedUntil; }
    @Override public void setLockedUntil(Instant lockedUntil) { this.lockedUntil = lockedUntil; }
    @Override public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
