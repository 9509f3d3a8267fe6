package org.yothub.riskregister.risk;

import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A risk to the service's objectives (tenant-owned). Score and band are derived, never stored by the application. */
@MappedEntity("risk")
class Risk {
    @TenantId
    private String tenantId;
    @Id
    private UUID id;
    private String riskRef;
    private UUID objectiveId;
    private String title;
    private String description;
    private String cause;
    private String impactNarrative;
    private Integer likelihood;
    private Integer impact;
    private Integer targetScore;
    private String ownerRole;
    private UUID ownerStaffId;
    private LocalDate reviewOn;
    private String status;
    private String sourceConvention;
    private String sourceRating;
    @DateCreated
    private Instant createdAt;
    @DateUpdated
    private Instant updatedAt;
    @Version
    private Long version;

    public String getTenantId() { return tenantId; }
    public void setTenantId(String tenantId) { this.tenantId = tenantId; }
    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public String getRiskRef() { return riskRef; }
    public void setRiskRef(String riskRef) { this.riskRef = riskRef; }
    public UUID getObjectiveId() { return objectiveId; }
    public void setObjectiveId(UUID objectiveId) { this.objectiveId = objectiveId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getCause() { return cause; }
    public void setCause(String cause) { this.cause = cause; }
    public String getImpactNarrative() { return impactNarrative; }
    public void setImpactNarrative(String impactNarrative) { this.impactNarrative = impactNarrative; }
    public Integer getLikelihood() { return likelihood; }
    public void setLikelihood(Integer likelihood) { this.likelihood = likelihood; }
    public Integer getImpact() { return impact; }
    public void setImpact(Integer impact) { this.impact = impact; }
    public Integer getTargetScore() { return targetScore; }
    public void setTargetScore(Integer targetScore) { this.targetScore = targetScore; }
    public String getOwnerRole() { return ownerRole; }
    public void setOwnerRole(String ownerRole) { this.ownerRole = ownerRole; }
    public UUID getOwnerStaffId() { return ownerStaffId; }
    public void setOwnerStaffId(UUID ownerStaffId) { this.ownerStaffId = ownerStaffId; }
    public LocalDate getReviewOn() { return reviewOn; }
    public void setReviewOn(LocalDate reviewOn) { this.reviewOn = reviewOn; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getSourceConvention() { return sourceConvention; }
    public void setSourceConvention(String sourceConvention) { this.sourceConvention = sourceConvention; }
    public String getSourceRating() { return sourceRating; }
    public void setSourceRating(String sourceRating) { this.sourceRating = sourceRating; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
