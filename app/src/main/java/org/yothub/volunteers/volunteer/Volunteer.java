package org.yothub.volunteers.volunteer;

import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A volunteer of one YOT (tenant-owned). Monitoring fields are optional and reported only in aggregate. */
@MappedEntity("volunteer")
public class Volunteer {
    @TenantId
    private String tenantId;
    @Id
    private UUID id;
    private String volunteerRef;
    private String givenName;
    private String familyName;
    private String email;
    private String phone;
    private LocalDate joinedOn;
    private LocalDate leftOn;
    private String status;
    private String sex;
    private String ethnicGroup;
    private String ageBand;
    private String skills;
    private String languages;
    private boolean availableWeekdays;
    private boolean availableEvenings;
    private boolean availableWeekends;
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
    public String getVolunteerRef() { return volunteerRef; }
    public void setVolunteerRef(String volunteerRef) { this.volunteerRef = volunteerRef; }
    public String getGivenName() { return givenName; }
    public void setGivenName(String givenName) { this.givenName = givenName; }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String familyName) { this.familyName = familyName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public LocalDate getJoinedOn() { return joinedOn; }
    public void setJoinedOn(LocalDate joinedOn) { this.joinedOn = joinedOn; }
    public LocalDate getLeftOn() { return leftOn; }
    public void setLeftOn(LocalDate leftOn) { this.leftOn = leftOn; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getSex() { return sex; }
    public void setSex(String sex) { this.sex = sex; }
    public String getEthnicGroup() { return ethnicGroup; }
    public void setEthnicGroup(String ethnicGroup) { this.ethnicGroup = ethnicGroup; }
    public String getAgeBand() { return ageBand; }
    public void setAgeBand(String ageBand) { this.ageBand = ageBand; }
    public String getSkills() { return skills; }
    public void setSkills(String skills) { this.skills = skills; }
    public String getLanguages() { return languages; }
    public void setLanguages(String languages) { this.languages = languages; }
    public boolean isAvailableWeekdays() { return availableWeekdays; }
    public void setAvailableWeekdays(boolean availableWeekdays) { this.availableWeekdays = availableWeekdays; }
    public boolean isAvailableEvenings() { return availableEvenings; }
    public void setAvailableEvenings(boolean availableEvenings) { this.availableEvenings = availableEvenings; }
    public boolean isAvailableWeekends() { return availableWeekends; }
    public void setAvailableWeekends(boolean availableWeekends) { this.availableWeekends = availableWeekends; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
