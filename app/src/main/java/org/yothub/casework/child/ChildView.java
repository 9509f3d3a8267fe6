package org.yothub.casework.child;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;
import org.yothub.platform.audit.AuditedEntity;

/** A child's details as shown to staff of the YOT. */
@Serdeable
public record ChildView(UUID id, String childRef, @Nullable String givenName, @Nullable String familyName,
                        LocalDate dateOfBirth, int age, String sex, String ethnicity, @Nullable String ethnicityDetail,
                        @Nullable String postcodeDistrict, @Nullable String school, @Nullable Boolean lookedAfter,
                        @Nullable Boolean childInNeed, @Nullable Boolean childProtectionPlan, @Nullable Boolean earlyHelp,
                        @Nullable Boolean sendIdentified, @Nullable Boolean sendFormalPlan,
                        @Nullable Boolean speechLanguageNeed, @Nullable Boolean careLeaver,
                        @Nullable UUID caseManagerId, @Nullable String caseManagerName, String status,
                        @Nullable LocalDate openedOn, @Nullable LocalDate closedOn, long version)
        implements AuditedEntity {

    static ChildView of(Child c, String caseManagerName) {
        return new ChildView(c.getId(), c.getChildRef(), c.getGivenName(), c.getFamilyName(), c.getDateOfBirth(),
                ageOn(c.getDateOfBirth(), LocalDate.now()), c.getSex(), c.getEthnicity(), c.getEthnicityDetail(),
                c.getPostcodeDistrict(), c.getSchool(), c.getLookedAfter(), c.getChildInNeed(),
                c.getChildProtectionPlan(), c.getEarlyHelp(), c.getSendIdentified(), c.getSendFormalPlan(),
                c.getSpeechLanguageNeed(), c.getCareLeaver(), c.getCaseManagerId(), caseManagerName, c.getStatus(),
                c.getOpenedOn(), c.getClosedOn(), c.getVersion() == null ? 0 : c.getVersion());
    }

    /** Whole years of age on a date. */
    public static int ageOn(LocalDate dateOfBirth, LocalDate on) {
        return Period.between(dateOfBirth, on).getYears();
    }

    /** "Given Family", or the reference when no name is recorded. */
    public String displayName() {
        String name = ((givenName == null ? "" : givenName) + " " + (familyName == null ? "" : familyName)).trim();
        return name.isEmpty() ? childRef : name;
    }

    @Override
    public Object auditId() {
        return id;
    }
}
