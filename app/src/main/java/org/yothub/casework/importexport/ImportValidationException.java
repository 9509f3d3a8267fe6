package org.yothub.casework.importexport;

import java.util.List;

/** An import was refused: every problem found, and nothing was stored. */
public class ImportValidationException extends RuntimeException {
    private final List<ImportError> errors;
    private final int total;

    public ImportValidationException(List<ImportError> errors, int total) {
        super("The import was refused: " + total + " problem(s) found; nothing was stored");
        this.errors = List.copyOf(errors);
        this.total = total;
    }

    public List<ImportError> errors() {
        return errors;
    }

    public int total() {
        return total;
    }
}
