package org.yothub.plans;

import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;
import java.util.Optional;

/** Used only when no volunteers feature is installed: plans then show no volunteer figures. */
@Singleton
@Secondary
class NoVolunteerScheme implements PlanVolunteers {
    @Override
    public Optional<Summary> summary(int year) {
        return Optional.empty();
    }
}
