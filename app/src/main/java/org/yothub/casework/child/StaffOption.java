package org.yothub.casework.child;

import io.micronaut.serde.annotation.Serdeable;
import java.util.UUID;

/** A member of staff a case can be allocated to. */
@Serdeable
public record StaffOption(UUID id, String name) {
}
