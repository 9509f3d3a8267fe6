package org.yothub.casework.courtorder;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface RemandRepository extends CrudRepository<Remand, UUID> {
    List<Remand> findByChildIdOrderByStartDateDesc(UUID childId);

    boolean existsByRemandRef(String remandRef);

    boolean existsByRemandRefAndIdNotEqual(String remandRef, UUID id);
}
