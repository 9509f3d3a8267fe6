package org.yothub.casework.assessment;

import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** One version of an assessment (tenant-owned); {@code assessmentId} groups the versions. */
@MappedEntity("assessment")
class Assessment {
    @TenantId
    private String tenantId;
    @Id
    private UUID id;
    private UUID assessmentId;
    private UUID childId;
    private int versionNo;
    private String tool;
    private String status;
    private LocalDate assessmentDate;
    private String likelihoodOfReoffending;
    private String riskOfSeriousHarm;
    private String safetyAndWellbeing;
    private String mappaLevel;
    private Integer assetScore;
    @TypeDef(type = DataType.JSON)
    private Map<String, String> factorNotes = new LinkedHashMap<>();
    private String summary;
    private String computedLevel;
    private String overrideLevel;
    private String overrideReason;
    private UUID authorId;
    private Instant submittedAt;
    private UUID countersignedBy;
    private Instant countersignedAt;
    private String countersignComment;
    @Version
    private Long version;
    @DateCreated
    private Instant createdAt;
    @DateUpdated
    private Instant updatedAt;

    /** The level that applies: the override when given, else the computed one. */
    String level() {
        return overrideLevel != null ? overrideLevel : computedLevel;
    }

    boolean locked() {
        return "countersigned".equals(status);
    }

    public String getTenantId() { return tenantId; }
    public void setTenantId(String tenantId) { this.tenantId = tenantId; }
    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public UUID getAssessmentId() { return assessmentId; }
    public void setAssessmentId(UUID assessmentId) { this.assessmentId = assessmentId; }
    public UUID getChildId() { return childId; }
    public void setChildId(UUID childId) { this.childId = childId; }
    public int getVersionNo() { return versionNo; }
    public void setVersionNo(int versionNo) { this.versionNo = versionNo; }
    public String getTool() { return tool; }
    public void setTool(String tool) { this.tool = tool; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public LocalDate getAssessmentDate() { return assessmentDate; }
    public void setAssessmentDate(LocalDate assessmentDate) { this.assessmentDate = assessmentDate; }
    public String getLikelihoodOfReoffending() { return likelihoodOfReoffending; }
    public void setLikelihoodOfReoffending(String v) { this.likelihoodOfReoffending = v; }
    public String getRiskOfSeriousHarm() { return riskOfSeriousHarm; }
    public void setRiskOfSeriousHarm(String v) { this.riskOfSeriousHarm = v; }
    public String getSafetyAndWellbeing() { return safetyAndWellbeing; }
    public void setSafetyAndWellbeing(String v) { this.safetyAndWellbeing = v; }
    public String getMappaLevel() { return mappaLevel; }
    public void setMappaLevel(String mappaLevel) { this.mappaLevel = mappaLevel; }
    public Integer getAssetScore() { return assetScore; }
    public void setAssetScore(Integer assetScore) { this.assetScore = assetScore; }
    public Map<String, String> getFactorNotes() { return factorNotes; }
    public void setFactorNotes(Map<String, String> factorNotes) { this.factorNotes = factorNotes; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getComputedLevel() { return computedLevel; }
    public void setComputedLevel(String computedLevel) { this.computedLevel = computedLevel; }
    public String getOverrideLevel() { return overrideLevel; }
    public void setOverrideLevel(String overrideLevel) { this.overrideLevel = overrideLevel; }
    public String getOverrideReason() { return overrideReason; }
    public void setOverrideReason(String overrideReason) { this.overrideReason = overrideReason; }
    public UUID getAuthorId() { return authorId; }
    public void setAuthorId(UUID authorId) { this.authorId = authorId; }
    public Instant getSubmittedAt() { return submittedAt; }
    public void setSubmittedAt(Instant submittedAt) { this.submittedAt = submittedAt; }
    public UUID getCountersignedBy() { return countersignedBy; }
    public void setCountersignedBy(UUID countersignedBy) { this.countersignedBy = countersignedBy; }
    public Instant getCountersignedAt() { return countersignedAt; }
    public void setCountersignedAt(Instant countersignedAt) { this.countersignedAt = countersignedAt; }
    public String getCountersignComment() { return countersignComment; }
    public void setCountersignComment(String countersignComment) { this.countersignComment = countersignComment; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
