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

/** An objective of one plan version (tenant-owned): what, by whom, by when. */
@MappedEntity("plan_objective")
class PlanObjective {
    @TenantId
    private String tenantId;
    @Id
    private UUID id;
    private UUID planVersionId;
    private int position;
    private String what;
    private String byWhom;
    private LocalDate byWhen;
    private String status;
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
    public UUID getPlanVersionId() { return planVersionId; }
    public void setPlanVersionId(UUID planVersionId) { this.planVersionId = planVersionId; }
    public int getPosition() { return position; }
    public void setPosition(int position) { this.position = position; }
    public String getWhat() { return what; }
    public void setWhat(String what) { this.what = what; }
    public String getByWhom() { return byWhom; }
    public void setByWhom(String byWhom) { this.byWhom = byWhom; }
    public LocalDate getByWhen() { return byWhen; }
    public void setByWhen(LocalDate byWhen) { this.byWhen = byWhen; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
