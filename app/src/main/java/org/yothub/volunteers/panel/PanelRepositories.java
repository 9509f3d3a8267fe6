package org.yothub.volunteers.panel;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Panels and their members (tenant-filtered by Micronaut Data). */
final class PanelRepositories {
    private PanelRepositories() {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface PanelRepository extends CrudRepository<Panel, UUID> {
        List<Panel> findBySitsOnBetweenOrderBySitsOn(LocalDate from, LocalDate to);

        List<Panel> findByChildIdOrderBySitsOn(UUID childId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface PanelMemberRepository extends CrudRepository<PanelMember, UUID> {
        List<PanelMember> findByPanelId(UUID panelId);

        List<PanelMember> findByPanelIdIn(Collection<UUID> panelIds);

        List<PanelMember> findByVolunteerId(UUID volunteerId);

        void deleteByPanelId(UUID panelId);
    }
}
