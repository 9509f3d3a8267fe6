package org.yothub.riskregister.risk;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;

/** One change to a risk: who, when, what, and the score before and after (tenant-owned, append-only). */
@MappedEntity("risk_history")
class RiskHistoryEntry {
    @TenantId
    private String tenantId;
    @Id
    private UUID id;
    private UUID riskId;
    private Instant changedAt;
    private String changedBy;
    private String change;
    private Integer beforeLikelihood;
    private Integer beforeImpact;
    private Integer beforeScore;
    private String beforeStatus;
    private Integer afterLikelihood;
    private Integer afterImpact;
    private Integer afterScore;
    private String afterStatus;
    private String note;
    @Version
    private Long version;

    public String getTenantId() { return tenantId; }
    public void setTenantId(String tenantId) { this.tenantId = tenantId; }
    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public UUID getRiskId() { return riskId; }
    public void setRiskId(UUID riskId) { this.riskId = riskId; }
    public Instant getChangedAt() { return changedAt; }
    public void setChangedAt(Instant changedAt) { this.changedAt = changedAt; }
    public String getChangedBy() { return changedBy; }
    public void setChangedBy(String changedBy) { this.changedBy = changedBy; }
    public String getChange() { return change; }
    public void setChange(String change) { this.change = change; }
    public Integer getBeforeLikelihood() { return beforeLikelihood; }
    public void setBeforeLikelihood(Integer beforeLikelihood) { this.beforeLikelihood = beforeLikelihood; }
    public Integer getBeforeImpact() { return beforeImpact; }
    public void setBeforeImpact(Integer beforeImpact) { this.beforeImpact = beforeImpact; }
    public Integer getBeforeScore() { return beforeScore; }
    public void setBeforeScore(Integer beforeScore) { this.beforeScore = beforeScore; }
    public String getBeforeStatus() { return beforeStatus; }
    public void setBeforeStatus(String beforeStatus) { this.beforeStatus = beforeStatus; }
    public Integer getAfterLikelihood() { return afterLikelihood; }
    public void setAfterLikelihood(Integer afterLikelihood) { this.afterLikelihood = afterLikelihood; }
    public Integer getAfterImpact() { return afterImpact; }
    public void setAfterImpact(Integer afterImpact) { this.afterImpact = afterImpact; }
    public Integer getAfterScore() { return afterScore; }
    public void setAfterScore(Integer afterScore) { this.afterScore = afterScore; }
    public String getAfterStatus() { return afterStatus; }
    public void setAfterStatus(String afterStatus) { this.afterStatus = afterStatus; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
