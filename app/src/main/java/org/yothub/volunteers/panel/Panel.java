package org.yothub.volunteers.panel;

import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** A youth offender panel sitting for a referral order (tenant-owned). */
@MappedEntity("referral_panel")
class Panel {
    @TenantId
    private String tenantId;
    @Id
    private UUID id;
    private UUID childId;
    private LocalDate sitsOn;
    private LocalTime startsAt;
    private LocalTime endsAt;
    private String venue;
    private boolean virtual;
    private UUID yotOfficerId;
    private String status;
    private String outcome;
    private String outcomeNotes;
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
    public UUID getChildId() { return childId; }
    public void setChildId(UUID childId) { this.childId = childId; }
    public LocalDate getSitsOn() { return sitsOn; }
    public void setSitsOn(LocalDate sitsOn) { this.sitsOn = sitsOn; }
    public LocalTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalTime startsAt) { this.startsAt = startsAt; }
    public LocalTime getEndsAt() { return endsAt; }
    public void setEndsAt(LocalTime endsAt) { this.endsAt = endsAt; }
    public String getVenue() { return venue; }
    public void setVenue(String venue) { this.venue = venue; }
    public boolean isVirtual() { return virtual; }
    public void setVirtual(boolean virtual) { this.virtual = virtual; }
    public UUID getYotOfficerId() { return yotOfficerId; }
    public void setYotOfficerId(UUID yotOfficerId) { this.yotOfficerId = yotOfficerId; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public String getOutcomeNotes() { return outcomeNotes; }
    public void setOutcomeNotes(String outcomeNotes) { this.outcomeNotes = outcomeNotes; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
