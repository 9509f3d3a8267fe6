package org.yothub.volunteers.volunteer;

import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A role a volunteer holds from {@code assignedOn} until {@code endedOn} (tenant-owned). */
@MappedEntity("volunteer_assignment")
class Assignment {
    @TenantId
    private String tenantId;
    @Id
    private UUID id;
    private UUID volunteerId;
    private String roleCode;
    private LocalDate assignedOn;
    private LocalDate endedOn;
    @DateCreated
    private Instant createdAt;
    @Version
    private Long version;

    public String getTenantId() { return tenantId; }
    public void setTenantId(String tenantId) { this.tenantId = tenantId; }
    public UUID getId() { return id; }
    public void setId(UUID id) { this.id = id; }
    public UUID getVolunteerId() { return volunteerId; }
    public void setVolunteerId(UUID volunteerId) { this.volunteerId = volunteerId; }
    public String getRoleCode() { return roleCode; }
    public void setRoleCode(String roleCode) { this.roleCode = roleCode; }
    public LocalDate getAssignedOn() { return assignedOn; }
    public void setAssignedOn(LocalDate assignedOn) { this.assignedOn = assignedOn; }
    public LocalDate getEndedOn() { return endedOn; }
    public void setEndedOn(LocalDate endedOn) { this.endedOn = endedOn; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
