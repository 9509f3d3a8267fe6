package org.yothub.casework.plan;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface PlanReviewRepository extends CrudRepository<PlanReview, UUID> {
    List<PlanReview> findByPlanIdAndChildIdOrderByReviewDateDesc(UUID planId, UUID childId);

    List<PlanReview> findByChildId(UUID childId);
}
