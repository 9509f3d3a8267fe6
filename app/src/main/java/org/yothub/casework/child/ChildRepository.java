package org.yothub.casework.child;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ChildRepository extends CrudRepository<Child, UUID> {
    Optional<Child> findByChildRef(String childRef);

    boolean existsByChildRefAndIdNotEqual(String childRef, UUID id);
}
