package org.yothub.casework.contact;

import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** A contact with a child (tenant-owned); no outcome yet means it is scheduled. */
@MappedEntity("contact")
class Contact {
    @TenantId
    private String tenantId;
    @Id
    private UUID id;
    private UUID childId;
    private UUID interventionId;
    private LocalDateTime contactAt;
    private String contactType;
    private String withWhom;
    private String outcome;
    private String notes;
    private LocalDate followUpDue;
    private LocalDate followedUpOn;
    private String followUpNotes;
    private String enforcementAction;
    private LocalDate enforcementOn;
    private String enforcementReason;
    private UUID recordedBy;
    @Version
    private Long version;
    @DateCreated
    private Instant createdAt;
    @DateUpdated
    private Instant updatedAt;

    boolean missed() {
        return "acceptable_absence".equals(outcome) || "unacceptable_absence".equals(outcome);
    }

    public String getTenantId() { return tenantId; }
    public void setTenantId(String tenantId) { this.tenantId = tenantId; }
    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public UUID getChildId() { return childId; }
    public void setChildId(UUID childId) { this.childId = childId; }
    public UUID getInterventionId() { return interventionId; }
    public void setInterventionId(UUID interventionId) { this.interventionId = interventionId; }
    public LocalDateTime getContactAt() { return contactAt; }
    public void setContactAt(LocalDateTime contactAt) { this.contactAt = contactAt; }
    public String getContactType() { return contactType; }
    public void setContactType(String contactType) { this.contactType = contactType; }
    public String getWithWhom() { return withWhom; }
    public void setWithWhom(String withWhom) { this.withWhom = withWhom; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
    public LocalDate getFollowUpDue() { return followUpDue; }
    public void setFollowUpDue(LocalDate followUpDue) { this.followUpDue = followUpDue; }
    public LocalDate getFollowedUpOn() { return followedUpOn; }
    public void setFollowedUpOn(LocalDate followedUpOn) { this.followedUpOn = followedUpOn; }
    public String getFollowUpNotes() { return followUpNotes; }
    public void setFollowUpNotes(String followUpNotes) { this.followUpNotes = followUpNotes; }
    public String getEnforcementAction() { return enforcementAction; }
    public void setEnforcementAction(String enforcementAction) { this.enforcementAction = enforcementAction; }
    public LocalDate getEnforcementOn() { return enforcementOn; }
    public void setEnforcementOn(LocalDate enforcementOn) { this.enforcementOn = enforcementOn; }
    public String getEnforcementReason() { return enforcementReason; }
    public void setEnforcementReason(String enforcementReason) { this.enforcementReason = enforcementReason; }
    public UUID getRecordedBy() { return recordedBy; }
    public void setRecordedBy(UUID recordedBy) { this.recordedBy = recordedBy; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
