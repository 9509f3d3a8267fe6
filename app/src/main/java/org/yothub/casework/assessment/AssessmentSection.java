package org.yothub.casework.assessment;

import jakarta.inject.Singleton;
import java.util.UUID;
import org.yothub.casework.child.ChildRecordSection;

/** The Assessments tab of a child's record. */
@Singleton
class AssessmentSection implements ChildRecordSection {
    private final AssessmentService assessments;

    AssessmentSection(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @Override
    public String key() {
        return "assessments";
    }

    @Override
    public Object load(UUID childId) {
        return assessments.list(childId);
    }
}
