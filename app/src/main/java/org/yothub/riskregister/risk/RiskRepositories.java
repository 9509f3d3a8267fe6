package org.yothub.riskregister.risk;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Repositories of the risk aggregate (each tenant-filtered by Micronaut Data). */
final class RiskRepositories {
    private RiskRepositories() {
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface RiskRepository extends CrudRepository<Risk, UUID> {
        List<Risk> findAllOrderByRiskRef();

        boolean existsByRiskRef(String riskRef);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface RiskActionRepository extends CrudRepository<RiskAction, UUID> {
        List<RiskAction> findByRiskIdOrderByCreatedAt(UUID riskId);

        List<RiskAction> findByRiskIdIn(Collection<UUID> riskIds);

        Optional<RiskAction> findByIdAndRiskId(UUID id, UUID riskId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface RiskHistoryRepository extends CrudRepository<RiskHistoryEntry, UUID> {
        List<RiskHistoryEntry> findByRiskIdOrderByChangedAt(UUID riskId);
    }

    @JdbcRepository(dialect = Dialect.POSTGRES)
    interface RiskLinkRepository extends CrudRepository<RiskLink, UUID> {
        List<RiskLink> findByRiskIdOrderByCreatedAt(UUID riskId);

        List<RiskLink> findByRiskIdIn(Collection<UUID> riskIds);

        List<RiskLink> findByLinkedTypeAndLinkedId(String linkedType, UUID linkedId);

        Optional<RiskLink> findByIdAndRiskId(UUID id, UUID riskId);

        boolean existsByRiskIdAndLinkedTypeAndLinkedId(UUID riskId, String linkedType, UUID linkedId);
    }
}
