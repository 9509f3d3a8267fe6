package org.yothub.volunteers.volunteer;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Repositories of the records kept about a volunteer (each tenant-filtered by Micronaut Data). */
final class VolunteerRecordRepositories {
    private VolunteerRecordRepositories() {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface AssignmentRepository extends CrudRepository<Assignment, UUID> {
        List<Assignment> findByVolunteerIdOrderByAssignedOn(UUID volunteerId);

        Optional<Assignment> findByIdAndVolunteerId(UUID id, UUID volunteerId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface DbsCheckRepository extends CrudRepository<DbsCheck, UUID> {
        List<DbsCheck> findByVolunteerIdOrderByIssuedOnDesc(UUID volunteerId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface TrainingRepository extends CrudRepository<Training, UUID> {
        List<Training> findByVolunteerIdOrderByCompletedOn(UUID volunteerId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface ConflictRepository extends CrudRepository<Conflict, UUID> {
        List<Conflict> findByVolunteerIdOrderByRecordedOn(UUID volunteerId);

        Optional<Conflict> findByIdAndVolunteerId(UUID id, UUID volunteerId);

        boolean existsByVolunteerIdAndChildId(UUID volunteerId, UUID childId);
    }
}
