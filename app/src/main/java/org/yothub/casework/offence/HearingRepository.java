package org.yothub.casework.offence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.UUID;
import org.yothub.platform.tenancy.ReadOnce;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface HearingRepository extends CrudRepository<Hearing, UUID> {
    List<Hearing> findByChildIdOrderByHearingDateDesc(UUID childId);

    /** The child's hearings, latest first (inside a {@link ReadOnce} unit, read once for it). */
    default List<Hearing> ofChild(UUID childId) {
        return ReadOnce.read("hearings", childId, () -> List.copyOf(findByChildIdOrderByHearingDateDesc(childId)));
    }
}
