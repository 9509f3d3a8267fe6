package org.yothub.casework.importexport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads typed values from one CSV row, reporting each bad value with its file, row and column.
 * Empty means unknown (null); values are trimmed.
 */
final class RowReader {
    private static final Pattern REF = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_./-]{0,39}");
    private final String file;
    private final Map<String, Integer> header;
    private final ImportErrors errors;
    private CSVRecord record;
    private int row;

    RowReader(CsvFile csv, ImportErrors errors) {
        this.file = csv.name;
        this.header = csv.header;
        this.errors = errors;
    }

    /** Moves to a record; false (after reporting) when it has the wrong number of values. */
    boolean at(CSVRecord r, int rowNumber) {
        record = r;
        row = rowNumber;
        if (r.size() != header.size()) {
            errors.add(file, row, null, "The row has " + r.size() + " values but the header has " + header.size());
            return false;
        }
        return true;
    }

    int row() {
        return row;
    }

    void error(String column, String message) {
        errors.add(file, row, column, message);
    }

    String raw(String column) {
        Integer i = header.get(column);
        if (i == null) {
            return null;
        }
        String v = record.get(i).trim();
        return v.isEmpty() ? null : v;
    }

    String text(String column, boolean required, int maxLength) {
        String v = raw(column);
        if (v == null && required) {
            error(column, "Enter a value");
        } else if (v != null && v.length() > maxLength) {
            error(column, "Must be at most " + maxLength + " characters");
            return null;
        }
        return v;
    }

    String ref(String column) {
        String v = raw(column);
        if (v == null) {
            error(column, "Enter a reference");
        } else if (!REF.matcher(v).matches()) {
            error(column, "'" + v + "' is not a valid reference: up to 40 letters, digits, '-', '_', '.' or '/', "
                    + "starting with a letter or digit");
            return null;
        }
        return v;
    }

    LocalDate date(String column, boolean required) {
        String v = raw(column);
        if (v == null) {
            if (required) {
                error(column, "Enter a date as YYYY-MM-DD");
            }
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            error(column, "'" + v + "' is not a date as YYYY-MM-DD");
            return null;
        }
    }

    /** A date that cannot be in the future (offences, outcomes, births). */
    LocalDate pastDate(String column, boolean required) {
        LocalDate d = date(column, required);
        if (d != null && d.isAfter(LocalDate.now())) {
            error(column, d + " is in the future");
        }
        return d;
    }

    Boolean yn(String column) {
        String v = raw(column);
        if (v == null) {
            return null;
        }
        return switch (v) {
            case "Y", "y" -> Boolean.TRUE;
            case "N", "n" -> Boolean.FALSE;
            default -> {
                error(column, "'" + v + "' must be Y, N or empty (not known)");
                yield null;
            }
        };
    }

    Integer whole(String column, int min, int max) {
        String v = raw(column);
        if (v == null) {
            error(column, "Enter a whole number from " + min + " to " + max);
            return null;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        error(column, "'" + v + "' must be a whole number from " + min + " to " + max);
        return null;
    }

    BigDecimal hours(String column) {
        String v = raw(column);
        if (v == null) {
            return null;
        }
        try {
            BigDecimal h = new BigDecimal(v);
            if (h.signum() >= 0 && h.compareTo(BigDecimal.valueOf(168)) <= 0 && h.stripTrailingZeros().scale() <= 1) {
                return h;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        error(column, "'" + v + "' must be hours a week from 0 to 168, with at most one decimal place");
        return null;
    }

    String oneOf(String column, boolean required, Collection<String> allowed) {
        String v = raw(column);
        if (v == null) {
            if (required) {
                error(column, "Enter one of " + String.join(", ", allowed));
            }
            return null;
        }
        if (!allowed.contains(v)) {
            error(column, "'" + v + "' must be one of " + String.join(", ", allowed));
            return null;
        }
        return v;
    }
}
