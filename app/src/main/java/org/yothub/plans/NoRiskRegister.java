package org.yothub.plans;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Used only when no risk register is installed: plans then say the register is not available. */
@Singleton
@Secondary
class NoRiskRegister implements PlanRisks {
    @Override
    public boolean available() {
        return false;
    }

    @Override
    public List<Risk> highAndEscalated() {
        return List.of();
    }

    @Override
    public Optional<Risk> find(UUID id) {
        return Optional.empty();
    }
}
