package org.yothub.plans;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yothub.platform.web.ProblemException;

/** Validation errors of a page form as field → message, for a GOV.UK error summary. */
public final class FormErrors {
    private FormErrors() {
    }

    public static <T> Map<String, String> of(Validator validator, T form) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ConstraintViolation<T> v : validator.validate(form)) {
            String field = snake(v.getPropertyPath().toString());
            errors.putIfAbsent(field, label(field) + " " + v.getMessage());
        }
        return errors;
    }

    public static Map<String, String> of(ProblemException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.errors().forEach(f -> errors.put(f.field(), f.message()));
        if (errors.isEmpty()) {
            errors.put("form", e.getMessage());
        }
        return errors;
    }

    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static String label(String field) {
        String s = field.replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A form value: null when absent or blank. */
    public static String value(Map<String, String> form, String key) {
        String v = form.get(key);
        return v == null || v.isBlank() ? null : v.trim();
    }
}
