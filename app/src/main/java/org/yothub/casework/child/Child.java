package org.yothub.casework.child;

import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TenantId;
import io.micronaut.data.annotation.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A child known to the YOT (tenant-owned). Flags are tri-state: null means not known. */
@MappedEntity("child")
public class Child {
    @TenantId
    private String tenantId;
    @Id
    private UUID id;
    private String childRef;
    private String givenName;
    private String familyName;
    private LocalDate dateOfBirth;
    private String sex;
    private String ethnicity;
    private String ethnicityDetail;
    private String postcodeDistrict;
    private String school;
    private Boolean lookedAfter;
    private Boolean childInNeed;
    private Boolean childProtectionPlan;
    private Boolean earlyHelp;
    private Boolean sendIdentified;
    private Boolean sendFormalPlan;
    private Boolean speechLanguageNeed;
    private Boolean careLeaver;
    private UUID caseManagerId;
    private String status = "open";
    private LocalDate openedOn;
    private LocalDate closedOn;
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
    public String getChildRef() { return childRef; }
    public void setChildRef(String childRef) { this.childRef = childRef; }
    public String getGivenName() { return givenName; }
    public void setGivenName(String givenName) { this.givenName = givenName; }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String familyName) { this.familyName = familyName; }
    public LocalDate getDateOfBirth() { return dateOfBirth; }
    public void setDateOfBirth(LocalDate dateOfBirth) { this.dateOfBirth = dateOfBirth; }
    public String getSex() { return sex; }
    public void setSex(String sex) { this.sex = sex; }
    public String getEthnicity() { return ethnicity; }
    public void setEthnicity(String ethnicity) { this.ethnicity = ethnicity; }
    public String getEthnicityDetail() { return ethnicityDetail; }
    public void setEthnicityDetail(String ethnicityDetail) { this.ethnicityDetail = ethnicityDetail; }
    public String getPostcodeDistrict() { return postcodeDistrict; }
    public void setPostcodeDistrict(String postcodeDistrict) { this.postcodeDistrict = postcodeDistrict; }
    public String getSchool() { return school; }
    public void setSchool(String school) { this.school = school; }
    public Boolean getLookedAfter() { return lookedAfter; }
    public void setLookedAfter(Boolean lookedAfter) { this.lookedAfter = lookedAfter; }
    public Boolean getChildInNeed() { return childInNeed; }
    public void setChildInNeed(Boolean childInNeed) { this.childInNeed = childInNeed; }
    public Boolean getChildProtectionPlan() { return childProtectionPlan; }
    public void setChildProtectionPlan(Boolean childProtectionPlan) { this.childProtectionPlan = childProtectionPlan; }
    public Boolean getEarlyHelp() { return earlyHelp; }
    public void setEarlyHelp(Boolean earlyHelp) { this.earlyHelp = earlyHelp; }
    public Boolean getSendIdentified() { return sendIdentified; }
    public void setSendIdentified(Boolean sendIdentified) { this.sendIdentified = sendIdentified; }
    public Boolean getSendFormalPlan() { return sendFormalPlan; }
    public void setSendFormalPlan(Boolean sendFormalPlan) { this.sendFormalPlan = sendFormalPlan; }
    public Boolean getSpeechLanguageNeed() { return speechLanguageNeed; }
    public void setSpeechLanguageNeed(Boolean speechLanguageNeed) { this.speechLanguageNeed = speechLanguageNeed; }
    public Boolean getCareLeaver() { return careLeaver; }
    public void setCareLeaver(Boolean careLeaver) { this.careLeaver = careLeaver; }
    public UUID getCaseManagerId() { return caseManagerId; }
    public void setCaseManagerId(UUID caseManagerId) { this.caseManagerId = caseManagerId; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public LocalDate getOpenedOn() { return openedOn; }
    public void setOpenedOn(LocalDate openedOn) { this.openedOn = openedOn; }
    public LocalDate getClosedOn() { return closedOn; }
    public void setClosedOn(LocalDate closedOn) { this.closedOn = closedOn; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public Instant getCreatedAt() { return createdAt; }
    public void setCreatedAt(Instant createdAt) { this.createdAt = createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public void setUpdatedAt(Instant updatedAt) { this.updatedAt = updatedAt; }
}
