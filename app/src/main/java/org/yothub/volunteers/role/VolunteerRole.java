package org.yothub.volunteers.role;

import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.util.UUID;

/** A role volunteers of one YOT can hold (tenant-owned configuration). The code never changes. */
@MappedEntity("volunteer_role")
public class VolunteerRole {
    @TenantId
    private String tenantId;
    @Id
    private UUID id;
    private String code;
    private String label;
    private boolean panelRole;
    private boolean chairRole;
    private boolean active = true;
    private int sortOrder;
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
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getLabel() { return label; }
    public void setLabel(String label) { this.label = label; }
    public boolean isPanelRole() { return panelRole; }
    public void setPanelRole(boolean panelRole) { this.panelRole = panelRole; }
    public boolean isChairRole() { return chairRole; }
    public void setChairRole(boolean chairRole) { this.chairRole = chairRole; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
