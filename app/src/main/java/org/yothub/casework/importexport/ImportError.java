package org.yothub.casework.importexport;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** One problem in an import: the file, the row (header = row 1; null for the file itself), the column. */
@Serdeable
public record ImportError(String file, @Nullable Integer row, @Nullable String column, String message) {
}
