package org.yothub.casework.victim;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface VictimRepository extends CrudRepository<Victim, UUID> {
    List<Victim> findByOffenceId(UUID offenceId);

    List<Victim> findByOffenceIdInList(Collection<UUID> offenceIds);

    boolean existsByVictimRef(String victimRef);

    boolean existsByVictimRefAndIdNotEqual(String victimRef, UUID id);
}
