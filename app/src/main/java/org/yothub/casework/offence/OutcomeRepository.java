package org.yothub.casework.offence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface OutcomeRepository extends CrudRepository<Outcome, UUID> {
    Optional<Outcome> findByOffenceId(UUID offenceId);

    List<Outcome> findByChildId(UUID childId);
}
