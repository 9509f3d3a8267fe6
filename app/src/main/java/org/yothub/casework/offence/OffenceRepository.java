package org.yothub.casework.offence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface OffenceRepository extends CrudRepository<Offence, UUID> {
    List<Offence> findByChildIdOrderByOffenceDateDesc(UUID childId);

    boolean existsByOffenceRef(String offenceRef);

    boolean existsByOffenceRefAndIdNotEqual(String offenceRef, UUID id);
}
