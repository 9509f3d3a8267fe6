package org.yothub.platform.tenancy;

import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A row of the tenant registry (not tenant-owned: one row per YOT, no child data). */
@MappedEntity("tenant")
public class Tenant {
    @Id
    private String code;
    private String name;
    private String area;
    private String region;
    @TypeDef(type = DataType.JSON)
    private List<String> family;
    @TypeDef(type = DataType.JSON)
    private Map<String, Double> context;
    private boolean demo;
    @DateUpdated
    private Instant updatedAt;

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getArea() { return area; }
    public void setArea(String area) { this.area = area; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public List<String> getFamily() { return family; }
    public void setFamily(List<String> family) { this.family = family; }
    public Map<String, Double> getContext() { return context; }
    public void setContext(Map<String, Double> context) { this.context = context; }
    public boolean isDemo() { return demo; }
    public void setDemo(boolean demo) { this.demo = demo; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
