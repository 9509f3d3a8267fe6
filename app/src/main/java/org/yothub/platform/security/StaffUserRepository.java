package org.yothub.platform.security;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface StaffUserRepository extends CrudRepository<StaffUser, UUID> {
    Optional<StaffUser> findByUsername(String username);

    List<StaffUser> findAllOrderByDisplayName();
}
