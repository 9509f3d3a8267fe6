package org.yothub.casework.assessment;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AssessmentRepository extends CrudRepository<Assessment, UUID> {
    /** Every version of every assessment of a child, newest assessment and version first. */
    List<Assessment> findByChildId(UUID childId);

    /** The versions of one assessment, newest first. */
    List<Assessment> findByAssessmentIdAndChildIdOrderByVersionNoDesc(UUID assessmentId, UUID childId);

    Optional<Assessment> findByAssessmentIdAndChildIdAndVersionNo(UUID assessmentId, UUID childId, int versionNo);

    /** The child's most recently countersigned version (the level that applies now). */
    Optional<Assessment> findFirstByChildIdAndStatusOrderByCountersignedAtDesc(UUID childId, String status);

    /** Sets a new version row's edit counter (an insert always starts it at 0). */
    @Query("UPDATE assessment SET version = :counter WHERE id = :id")
    void startCounterAt(UUID id, long counter);
}
