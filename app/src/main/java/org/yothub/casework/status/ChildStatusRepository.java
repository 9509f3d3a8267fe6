package org.yothub.casework.status;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ChildStatusRepository extends CrudRepository<ChildStatus, UUID> {
    List<ChildStatus> findByChildIdOrderByEffectiveDateDesc(UUID childId);

    boolean existsByChildIdAndKindAndEffectiveDate(UUID childId, String kind, LocalDate effectiveDate);

    boolean existsByChildIdAndKindAndEffectiveDateAndIdNotEqual(UUID childId, String kind, LocalDate effectiveDate, UUID id);
}
