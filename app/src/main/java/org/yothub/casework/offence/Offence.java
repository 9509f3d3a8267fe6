package org.yothub.casework.offence;

import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An offence of a child (tenant-owned); {@code offence_ref} is unique in the YOT. */
@MappedEntity("offence")
public class Offence {
    @TenantId
    private String tenantId;
    @Id
    private UUID id;
    private UUID childId;
    private String offenceRef;
    private LocalDate offenceDate;
    private String category;
    private Integer gravityScore;
    private boolean seriousViolence;
    private String description;
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
    public UUID getChildId() { return childId; }
    public void setChildId(UUID childId) { this.childId = childId; }
    public String getOffenceRef() { return offenceRef; }
    public void setOffenceRef(String offenceRef) { this.offenceRef = offenceRef; }
    public LocalDate getOffenceDate() { return offenceDate; }
    public void setOffenceDate(LocalDate offenceDate) { this.offenceDate = offenceDate; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public Integer getGravityScore() { return gravityScore; }
    public void setGravityScore(Integer gravityScore) { this.gravityScore = gravityScore; }
    public boolean getSeriousViolence() { return seriousViolence; }
    public void setSeriousViolence(boolean seriousViolence) { this.seriousViolence = seriousViolence; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
