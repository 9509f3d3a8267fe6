package org.yothub.casework.victim;

import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;

/** A victim of an offence and their restorative justice journey (tenant-owned). */
@MappedEntity("victim")
public class Victim {
    @TenantId
    private String tenantId;
    @Id
    private UUID id;
    private UUID offenceId;
    private String victimRef;
    private Boolean consentedToContact;
    private Boolean offeredRj;
    private Boolean engagedRj;
    private String rjType;
    private Boolean satisfied;
    @Version
    private Long version;
    @DateCreated
    private Instant createdAt;
    @DateUpdated
    private Instant updatedAt;

    public String getTenantId() { return tenantId; }
    public void setTenantId(String tenantId) { this.tenantId = tenantId; }
    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public UUID getOffenceId() { return offenceId; }
    public void setOffenceId(UUID offenceId) { this.offenceId = offenceId; }
    public String getVictimRef() { return victimRef; }
    public void setVictimRef(String victimRef) { this.victimRef = victimRef; }
    public Boolean getConsentedToContact() { return consentedToContact; }
    public void setConsentedToContact(Boolean consentedToContact) { this.consentedToContact = consentedToContact; }
    public Boolean getOfferedRj() { return offeredRj; }
    public void setOfferedRj(Boolean offeredRj) { this.offeredRj = offeredRj; }
    public Boolean getEngagedRj() { return engagedRj; }
    public void setEngagedRj(Boolean engagedRj) { this.engagedRj = engagedRj; }
    public String getRjType() { return rjType; }
    public void setRjType(String rjType) { this.rjType = rjType; }
    public Boolean getSatisfied() { return satisfied; }
    public void setSatisfied(Boolean satisfied) { this.satisfied = satisfied; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
