package org.yothub.volunteers.hours;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface HoursRepository extends CrudRepository<HoursEntry, UUID> {
    List<HoursEntry> findByVolunteerIdAndWorkedOnBetweenOrderByWorkedOnDesc(UUID volunteerId, LocalDate from, LocalDate to);

    Optional<HoursEntry> findByIdAndVolunteerId(UUID id, UUID volunteerId);
}
