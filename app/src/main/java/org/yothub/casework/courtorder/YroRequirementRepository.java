package org.yothub.casework.courtorder;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface YroRequirementRepository extends CrudRepository<YroRequirement, UUID> {
    List<YroRequirement> findByInterventionIdInList(java.util.Collection<UUID> interventionIds);

    List<YroRequirement> findByInterventionId(UUID interventionId);
}
