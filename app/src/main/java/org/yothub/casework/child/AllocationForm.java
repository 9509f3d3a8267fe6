package org.yothub.casework.child;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** Allocates a child to a case manager of the YOT ({@code case_manager_id} null = unallocated). */
@Serdeable
@Introspected
public record AllocationForm(@Nullable UUID caseManagerId, @NotNull Long version) {
}
