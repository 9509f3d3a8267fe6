package org.yothub.volunteers.volunteer;

import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A Disclosure and Barring Service check; it expires the tenant's renewal period after issue (tenant-owned). */
@MappedEntity("dbs_check")
class DbsCheck {
    @TenantId
    private String tenantId;
    @Id
    private UUID id;
    private UUID volunteerId;
    private String level;
    private LocalDate issuedOn;
    private String certificateRef;
    @DateCreated
    private Instant createdAt;
    @Version
    private Long version;

    public String getTenantId() { return tenantId; }
    public void setTenantId(String tenantId) { this.tenantId = tenantId; }
    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public UUID getVolunteerId() { return volunteerId; }
    public void setVolunteerId(UUID volunteerId) { this.volunteerId = volunteerId; }
    public String getLevel() { return level; }
    public void setLevel(String level) { this.level = level; }
    public LocalDate getIssuedOn() { return issuedOn; }
    public void setIssuedOn(LocalDate issuedOn) { this.issuedOn = issuedOn; }
    public String getCertificateRef() { return certificateRef; }
    public void setCertificateRef(String certificateRef) { this.certificateRef = certificateRef; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
