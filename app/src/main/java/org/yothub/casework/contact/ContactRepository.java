package org.yothub.casework.contact;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ContactRepository extends CrudRepository<Contact, UUID> {
    List<Contact> findByChildIdOrderByContactAtDesc(UUID childId);

    Optional<Contact> findByIdAndChildId(UUID id, UUID childId);
}
