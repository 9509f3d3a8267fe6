package org.yothub.volunteers.volunteer;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface VolunteerRepository extends CrudRepository<Volunteer, UUID> {
    boolean existsByVolunteerRef(String volunteerRef);

    List<Volunteer> findByIdIn(Collection<UUID> ids);
}
