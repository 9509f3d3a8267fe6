package org.yothub.riskregister.risk;

import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;

/** A link from a risk to something another feature owns, such as a plan priority or action (tenant-owned). */
@MappedEntity("risk_link")
class RiskLink {
    @TenantId
    private String tenantId;
    @Id
    private UUID id;
    private UUID riskId;
    private String linkedType;
    private UUID linkedId;
    @DateCreated
    private Instant createdAt;
    @Version
    private Long version;

    public String getTenantId() { return tenantId; }
    public void setTenantId(String tenantId) { this.tenantId = tenantId; }
    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public UUID getRiskId() { return riskId; }
    public void setRiskId(UUID riskId) { this.riskId = riskId; }
    public String getLinkedType() { return linkedType; }
    public void setLinkedType(String linkedType) { this.linkedType = linkedType; }
    public UUID getLinkedId() { return linkedId; }
    public void setLinkedId(UUID linkedId) { this.linkedId = linkedId; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
