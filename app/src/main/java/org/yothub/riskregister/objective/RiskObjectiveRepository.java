package org.yothub.riskregister.objective;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RiskObjectiveRepository extends CrudRepository<RiskObjective, UUID> {
    List<RiskObjective> findAllOrderBySortOrder();

    Optional<RiskObjective> findByTitleIlike(String title);

    boolean existsByTitleIlike(String title);
}
