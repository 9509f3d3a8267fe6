package org.yothub.casework.plan;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface InterventionPlanRepository extends CrudRepository<InterventionPlan, UUID> {
    List<InterventionPlan> findByChildId(UUID childId);

    List<InterventionPlan> findByPlanIdAndChildIdOrderByVersionNoDesc(UUID planId, UUID childId);

    /** The first significant change in the child's case after {@code after}, up to {@code until} (see {@link ReviewDue}). */
    @Query(value = "SELECT significant_change_after(:childId, :after, :until)", nativeQuery = true)
    Optional<LocalDate> significantChangeAfter(UUID childId, LocalDate after, LocalDate until);

    /** Sets a new version row's edit counter (an insert always starts it at 0). */
    @Query("UPDATE intervention_plan SET version = :counter WHERE id = :id")
    void startCounterAt(UUID id, long counter);
}
