package org.yothub.casework.importexport;

import io.micronaut.serde.annotation.Serdeable;

/** Rows imported per file (each row created or updated). */
@Serdeable
public record ImportCounts(int children, int outcomes, int interventions, int remands, int victims) {
}
