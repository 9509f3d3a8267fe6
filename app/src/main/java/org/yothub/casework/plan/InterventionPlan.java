package org.yothub.casework.plan;

import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One version of a child's intervention plan (tenant-owned); {@code planId} groups the versions. */
@MappedEntity("intervention_plan")
class InterventionPlan {
    @TenantId
    private String tenantId;
    @Id
    private UUID id;
    private UUID planId;
    private UUID childId;
    private int versionNo;
    private String status;
    private LocalDate planDate;
    private String summary;
    private String safetyContingency;
    private String riskContingency;
    private UUID authorId;
    private UUID signedOffBy;
    private Instant signedOffAt;
    private String signOffComment;
    @Version
    private Long version;
    @DateCreated
    private Instant createdAt;
    @DateUpdated
    private Instant updatedAt;

    boolean locked() {
        return "signed_off".equals(status);
    }

    public String getTenantId() { return tenantId; }
    public void setTenantId(String tenantId) { this.tenantId = tenantId; }
    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public UUID getPlanId() { return planId; }
    public void setPlanId(UUID planId) { this.planId = planId; }
    public UUID getChildId() { return childId; }
    public void setChildId(UUID childId) { this.childId = childId; }
    public int getVersionNo() { return versionNo; }
    public void setVersionNo(int versionNo) { this.versionNo = versionNo; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public LocalDate getPlanDate() { return planDate; }
    public void setPlanDate(LocalDate planDate) { this.planDate = planDate; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getSafetyContingency() { return safetyContingency; }
    public void setSafetyContingency(String safetyContingency) { this.safetyContingency = safetyContingency; }
    public String getRiskContingency() { return riskContingency; }
    public void setRiskContingency(String riskContingency) { this.riskContingency = riskContingency; }
    public UUID getAuthorId() { return authorId; }
    public void setAuthorId(UUID authorId) { this.authorId = authorId; }
    public UUID getSignedOffBy() { return signedOffBy; }
    public void setSignedOffBy(UUID signedOffBy) { this.signedOffBy = signedOffBy; }
    public Instant getSignedOffAt() { return signedOffAt; }
    public void setSignedOffAt(Instant signedOffAt) { this.signedOffAt = signedOffAt; }
    public String getSignOffComment() { return signOffComment; }
    public void setSignOffComment(String signOffComment) { this.signOffComment = signOffComment; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
