package org.yothub.casework.child;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ChildContactPersonRepository extends CrudRepository<ChildContactPerson, UUID> {
    List<ChildContactPerson> findByChildId(UUID childId);
}
