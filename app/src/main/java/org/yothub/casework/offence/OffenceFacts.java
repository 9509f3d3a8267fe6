package org.yothub.casework.offence;

import java.time.LocalDate;
import java.util.UUID;

/** What other features need about an offence (victims, orders). */
public record OffenceFacts(UUID id, UUID childId, String offenceRef, LocalDate offenceDate) {
}
