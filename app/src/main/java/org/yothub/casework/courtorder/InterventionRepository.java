package org.yothub.casework.courtorder;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface InterventionRepository extends CrudRepository<Intervention, UUID> {
    List<Intervention> findByChildIdOrderByStartDateDesc(UUID childId);

    boolean existsByInterventionRef(String interventionRef);

    boolean existsByInterventionRefAndIdNotEqual(String interventionRef, UUID id);
}
