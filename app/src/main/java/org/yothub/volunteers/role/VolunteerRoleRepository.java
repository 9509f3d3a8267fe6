package org.yothub.volunteers.role;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface VolunteerRoleRepository extends CrudRepository<VolunteerRole, UUID> {
    List<VolunteerRole> findAllOrderBySortOrder();

    Optional<VolunteerRole> findByCode(String code);

    boolean existsByCode(String code);
}
