package org.yothub.casework.offence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface HearingRepository extends CrudRepository<Hearing, UUID> {
    List<Hearing> findByChildIdOrderByHearingDateDesc(UUID childId);
}
