package org.yothub.casework.importexport;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The answer to a refused import: every problem found (the first 5,000 when there are more). */
@Serdeable
public record ImportProblem(String title, int status, String detail, int totalErrors, List<ImportError> errors) {
}
