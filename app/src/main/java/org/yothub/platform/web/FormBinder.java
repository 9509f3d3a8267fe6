package org.yothub.platform.web;

import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.convert.ConversionService;
import io.micronaut.core.type.Argument;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Binds a browser form (field name to text, as posted) to the same {@code @Introspected} form
 * record the JSON API takes, then validates it. Every unreadable or invalid field becomes an
 * error message keyed by its snake_case name, so a page can re-render with a GOV.UK error summary
 * instead of answering a bare 400. Blank fields bind as null; list fields take comma-separated values.
 */
@Singleton
public class FormBinder {
    private final ConversionService conversion;
    private final Validator validator;

    FormBinder(ConversionService conversion, Validator validator) {
        this.conversion = conversion;
        this.validator = validator;
    }

    /** The bound value (null when a field could not be read) and the errors by field. */
    public record Bound<T>(T value, Map<String, String> errors) {
        public boolean ok() {
            return errors.isEmpty();
        }
    }

    public <T> Bound<T> bind(Class<T> type, Map<String, String> fields) {
        BeanIntrospection<T> introspection = BeanIntrospection.getIntrospection(type);
        Argument<?>[] arguments = introspection.getConstructorArguments();
        Object[] values = new Object[arguments.length];
        Map<String, String> errors = new LinkedHashMap<>();
        for (int i = 0; i < arguments.length; i++) {
            Argument<?> argument = arguments[i];
            String field = Names.snake(argument.getName());
            String raw = fields.get(field);
            try {
                values[i] = read(argument, raw == null ? null : raw.trim());
            } catch (IllegalArgumentException e) {
                errors.put(field, e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            return new Bound<>(null, errors);
        }
        T value = introspection.instantiate(values);
        for (ConstraintViolation<T> v : validator.validate(value)) {
            errors.putIfAbsent(fieldOf(v), label(fieldOf(v)) + " " + v.getMessage());
        }
        return new Bound<>(value, errors);
    }

    /** Field errors of a business-rule refusal, keyed the same way. */
    public static Map<String, String> errorsOf(ProblemException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ProblemException.FieldError f : e.errors()) {
            errors.putIfAbsent(f.field() == null ? "form" : f.field(), f.message());
        }
        if (errors.isEmpty()) {
            errors.put("form", e.getMessage());
        }
        return errors;
    }

    private Object read(Argument<?> argument, String raw) {
        Class<?> type = argument.getType();
        if (type == boolean.class || type == Boolean.class) {
            return raw != null && (raw.equals("true") || raw.equals("on") || raw.equals("yes"));
        }
        if (raw == null || raw.isEmpty()) {
            if (Collection.class.isAssignableFrom(type)) {
                return List.of();
            }
            return type.isPrimitive() ? conversion.convert(0, type).orElse(null) : null;
        }
        if (Collection.class.isAssignableFrom(type)) {
            Argument<?> element = argument.getFirstTypeVariable().orElse(Argument.STRING);
            List<Object> items = new ArrayList<>();
            for (String part : raw.split(",")) {
                if (!part.isBlank()) {
                    items.add(convert(element, part.trim(), argument.getName()));
                }
            }
            return items;
        }
        return convert(argument, raw, argument.getName());
    }

    private Object convert(Argument<?> argument, String raw, String name) {
        Optional<?> value = conversion.convert(raw, argument);
        if (value.isEmpty()) {
            throw new IllegalArgumentException(expectation(argument.getType(), label(Names.snake(name))));
        }
        return value.get();
    }

    private static String expectation(Class<?> type, String label) {
        if (type == LocalDate.class) {
            return label + " must be a real date, like 2024-03-31";
        }
        if (type == LocalTime.class) {
            return label + " must be a time, like 18:30";
        }
        if (type == UUID.class) {
            return "Choose " + label.toLowerCase(java.util.Locale.ROOT) + " from the list";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return label + " must be a number";
        }
        return label + " is not valid";
    }

    private static String fieldOf(ConstraintViolation<?> v) {
        String field = null;
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getName() != null) {
                field = node.getName();
            }
        }
        return Names.snake(field);
    }

    /** "review_on" becomes "Review on". */
    public static String label(String field) {
        if (field == null || field.isEmpty()) {
            return "Value";
        }
        String words = field.replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
