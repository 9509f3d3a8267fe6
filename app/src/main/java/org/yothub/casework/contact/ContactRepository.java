package org.yothub.casework.contact;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.yothub.platform.tenancy.ReadOnce;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ContactRepository extends CrudRepository<Contact, UUID> {
    List<Contact> findByChildIdOrderByContactAtDesc(UUID childId);

    /**
     * The child's contacts, latest first: inside a {@link ReadOnce} unit (read-only) read once for
     * it, and shared, so not to be changed there.
     */
    default List<Contact> ofChild(UUID childId) {
        return ReadOnce.read("contacts", childId, () -> List.copyOf(findByChildIdOrderByContactAtDesc(childId)));
    }

    Optional<Contact> findByIdAndChildId(UUID id, UUID childId);
}
