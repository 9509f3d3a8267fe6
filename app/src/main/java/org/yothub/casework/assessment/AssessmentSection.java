package org.yothub.casework.assessment;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import org.yothub.casework.child.ChildRecordSection;

/**
 * The Assessments tab of a child's record: the latest version of each. In full (subject access
 * export), every version of each assessment with its ratings, factor notes, summary, override
 * reason, MAPPA level and countersignature.
 */
@Singleton
class AssessmentSection implements ChildRecordSection {
    private final AssessmentService assessments;

    AssessmentSection(AssessmentService assessments) {
        this.assessments = assessments;
    }

    /** One assessment with all its versions in full, oldest first. */
    @Serdeable
    public record AssessmentVersions(UUID id, List<AssessmentView> versions) { }

    @Override
    public String key() {
        return "assessments";
    }

    @Override
    public Object load(UUID childId) {
        return assessments.list(childId);
    }

    @Override
    public Object loadInFull(UUID childId) {
        return assessments.everyVersion(childId).stream()
                .map(versions -> new AssessmentVersions(versions.get(0).id(), versions)).toList();
    }
}
