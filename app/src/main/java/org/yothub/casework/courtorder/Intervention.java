package org.yothub.casework.courtorder;

import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;
import io.micronaut.data.annotation.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An order or intervention of a child with its end-of-intervention facts (tenant-owned). */
@MappedEntity("intervention")
public class Intervention {
    @TenantId
    private String tenantId;
    @Id
    private UUID id;
    private UUID childId;
    private String interventionRef;
    private String outcomeCode;
    private UUID outcomeId;
    private LocalDate startDate;
    private LocalDate endDate;
    private String endReason;
    private String eteStatusAtEnd;
    private BigDecimal eteHoursAtEnd;
    private Boolean accommodationSuitableAtEnd;
    private Boolean sendIdentified;
    private Boolean sendFormalPlan;
    private Boolean mhNeed;
    private Boolean mhInterventionPlanned;
    private Boolean mhAttending;
    private Boolean smNeed;
    private Boolean smTreatmentPlanned;
    private Boolean smAttending;
    private Boolean earlyHelpAtEnd;
    private Boolean childInNeedAtEnd;
    private Boolean childProtectionPlanAtEnd;
    private Boolean lookedAfterAtEnd;
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
    public String getInterventionRef() { return interventionRef; }
    public void setInterventionRef(String interventionRef) { this.interventionRef = interventionRef; }
    public String getOutcomeCode() { return outcomeCode; }
    public void setOutcomeCode(String outcomeCode) { this.outcomeCode = outcomeCode; }
    public UUID getOutcomeId() { return outcomeId; }
    public void setOutcomeId(UUID outcomeId) { this.outcomeId = outcomeId; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public String getEndReason() { return endReason; }
    public void setEndReason(String endReason) { this.endReason = endReason; }
    public String getEteStatusAtEnd() { return eteStatusAtEnd; }
    public void setEteStatusAtEnd(String eteStatusAtEnd) { this.eteStatusAtEnd = eteStatusAtEnd; }
    public BigDecimal getEteHoursAtEnd() { return eteHoursAtEnd; }
    public void setEteHoursAtEnd(BigDecimal eteHoursAtEnd) { this.eteHoursAtEnd = eteHoursAtEnd; }
    public Boolean getAccommodationSuitableAtEnd() { return accommodationSuitableAtEnd; }
    public void setAccommodationSuitableAtEnd(Boolean accommodationSuitableAtEnd) { this.accommodationSuitableAtEnd = accommodationSuitableAtEnd; }
    public Boolean getSendIdentified() { return sendIdentified; }
    public void setSendIdentified(Boolean sendIdentified) { this.sendIdentified = sendIdentified; }
    public Boolean getSendFormalPlan() { return sendFormalPlan; }
    public void setSendFormalPlan(Boolean sendFormalPlan) { this.sendFormalPlan = sendFormalPlan; }
    public Boolean getMhNeed() { return mhNeed; }
    public void setMhNeed(Boolean mhNeed) { this.mhNeed = mhNeed; }
    public Boolean getMhInterventionPlanned() { return mhInterventionPlanned; }
    public void setMhInterventionPlanned(Boolean mhInterventionPlanned) { this.mhInterventionPlanned = mhInterventionPlanned; }
    public Boolean getMhAttending() { return mhAttending; }
    public void setMhAttending(Boolean mhAttending) { this.mhAttending = mhAttending; }
    public Boolean getSmNeed() { return smNeed; }
    public void setSmNeed(Boolean smNeed) { this.smNeed = smNeed; }
    public Boolean getSmTreatmentPlanned() { return smTreatmentPlanned; }
    public void setSmTreatmentPlanned(Boolean smTreatmentPlanned) { this.smTreatmentPlanned = smTreatmentPlanned; }
    public Boolean getSmAttending() { return smAttending; }
    public void setSmAttending(Boolean smAttending) { this.smAttending = smAttending; }
    public Boolean getEarlyHelpAtEnd() { return earlyHelpAtEnd; }
    public void setEarlyHelpAtEnd(Boolean earlyHelpAtEnd) { this.earlyHelpAtEnd = earlyHelpAtEnd; }
    public Boolean getChildInNeedAtEnd() { return childInNeedAtEnd; }
    public void setChildInNeedAtEnd(Boolean childInNeedAtEnd) { this.childInNeedAtEnd = childInNeedAtEnd; }
    public Boolean getChildProtectionPlanAtEnd() { return childProtectionPlanAtEnd; }
    public void setChildProtectionPlanAtEnd(Boolean childProtectionPlanAtEnd) { this.childProtectionPlanAtEnd = childProtectionPlanAtEnd; }
    public Boolean getLookedAfterAtEnd() { return lookedAfterAtEnd; }
    public void setLookedAfterAtEnd(Boolean lookedAfterAtEnd) { this.lookedAfterAtEnd = lookedAfterAtEnd; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
