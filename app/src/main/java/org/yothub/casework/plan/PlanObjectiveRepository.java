package org.yothub.casework.plan;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PlanObjectiveRepository extends CrudRepository<PlanObjective, UUID> {
    List<PlanObjective> findByPlanVersionIdOrderByPosition(UUID planVersionId);

    List<PlanObjective> findByPlanVersionIdIn(java.util.Collection<UUID> planVersionIds);

    void deleteByPlanVersionId(UUID planVersionId);
}
