package org.yothub.casework;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yothub.platform.web.Names;
import org.yothub.platform.web.ProblemException;

/**
 * Reads a submitted HTML form (field names in snake_case, GOV.UK date inputs as
 * {@code name-day}, {@code name-month}, {@code name-year}) into typed values, collecting one
 * message per field for the GOV.UK error summary instead of failing on the first bad value.
 */
public final class FormFields {
    private final Map<String, String> values = new HashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();

    public FormFields(Map<String, ?> raw) {
        raw.forEach((k, v) -> values.put(k, first(v)));
    }

    private static String first(Object v) {
        if (v instanceof Collection<?> c) {
            return c.isEmpty() ? null : String.valueOf(c.iterator().next());
        }
        return v == null ? null : String.valueOf(v);
    }

    /** The submitted values, to re-render the form. */
    public Map<String, String> values() {
        return values;
    }

    public Map<String, String> errors() {
        return errors;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public void error(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    public String text(String name) {
        String v = values.get(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    /** Tri-state answer: {@code true}/{@code yes}, {@code false}/{@code no}, or blank = not known. */
    public Boolean bool(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        return switch (v.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "y" -> Boolean.TRUE;
            case "false", "no", "n" -> Boolean.FALSE;
            default -> {
                error(name, "Choose yes, no or not known");
                yield null;
            }
        };
    }

    public Long whole(String name, String label) {
        String v = text(name);
        try {
            return v == null ? null : Long.valueOf(v);
        } catch (NumberFormatException e) {
            error(name, label + " must be a whole number");
            return null;
        }
    }

    public BigDecimal decimal(String name, String label) {
        String v = text(name);
        try {
            return v == null ? null : new BigDecimal(v);
        } catch (NumberFormatException e) {
            error(name, label + " must be a number");
            return null;
        }
    }

    /** A GOV.UK date input; null when all three parts are blank. */
    public LocalDate date(String name, String label) {
        String d = text(name + "-day");
        String m = text(name + "-month");
        String y = text(name + "-year");
        if (d == null && m == null && y == null) {
            return null;
        }
        if (d == null || m == null || y == null) {
            error(name, label + " must include a day, month and year");
            return null;
        }
        try {
            int year = Integer.parseInt(y);
            if (year < 1900 || year > 2200) {
                error(name, label + " must have a 4-digit year");
                return null;
            }
            return LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d));
        } catch (NumberFormatException | DateTimeException e) {
            error(name, label + " must be a real date");
            return null;
        }
    }

    /** A tri-state answer as a form value, the reverse of {@link #bool}: {@code true}, {@code false}, or blank = not known. */
    public static String tri(Boolean b) {
        return b == null ? "" : b.toString();
    }

    /** Puts a date into the values map as a GOV.UK date input, for prefilled forms. */
    public static void putDate(Map<String, String> values, String name, LocalDate date) {
        values.put(name + "-day", date == null ? "" : String.valueOf(date.getDayOfMonth()));
        values.put(name + "-month", date == null ? "" : String.valueOf(date.getMonthValue()));
        values.put(name + "-year", date == null ? "" : String.valueOf(date.getYear()));
    }

    public <T> void addViolations(Collection<ConstraintViolation<T>> violations) {
        addViolations(violations, Map.of());
    }

    /** Adds constraint violations as "Label message", labels keyed by snake_case field name. */
    public <T> void addViolations(Collection<ConstraintViolation<T>> violations, Map<String, String> labels) {
        for (ConstraintViolation<T> v : violations) {
            String field = null;
            for (Path.Node node : v.getPropertyPath()) {
                if (node.getName() != null) {
                    field = node.getName();
                }
            }
            String snake = Names.snake(field);
            error(snake, labels.getOrDefault(snake, humanise(snake)) + " " + v.getMessage());
        }
    }

    public void addProblem(ProblemException e) {
        List<ProblemException.FieldError> list = e.errors();
        if (list.isEmpty()) {
            error("form", e.getMessage());
        }
        list.forEach(f -> error(f.field(), f.message()));
    }

    static String humanise(String snake) {
        if (snake == null || snake.isEmpty()) {
            return "Value";
        }
        String s = snake.replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
