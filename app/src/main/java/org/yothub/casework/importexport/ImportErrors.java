package org.yothub.casework.importexport;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of an import; keeps the first {@value #KEPT} (the total is still counted). */
final class ImportErrors {
    static final int KEPT = 5000;
    private final List<ImportError> kept = new ArrayList<>();
    private int total;
    private boolean fileProblem;

    void add(String file, Integer row, String column, String message) {
        total++;
        fileProblem |= row == null || row == 1;
        if (kept.size() < KEPT) {
            kept.add(new ImportError(file, row, column, message));
        }
    }

    boolean isEmpty() {
        return total == 0;
    }

    /** True when a whole file could not be used (missing, unreadable, bad header): rows across files cannot be checked. */
    boolean hasFileProblem() {
        return fileProblem;
    }

    int total() {
        return total;
    }

    ImportValidationException toException() {
        return new ImportValidationException(kept, total);
    }
}
