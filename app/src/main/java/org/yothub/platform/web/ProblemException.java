package org.yothub.platform.web;

import io.micronaut.http.HttpStatus;
import java.util.List;

/**
 * Bad input found by a business rule: answered as {@code application/problem+json} with the
 * field(s) and the rule broken. Nothing has been changed when it is thrown inside a transaction.
 */
public class ProblemException extends RuntimeException {
    private final HttpStatus status;
    private final List<FieldError> errors;

    @io.micronaut.serde.annotation.Serdeable
    public record FieldError(String field, String rule, String message) { }

    public ProblemException(HttpStatus status, String title, List<FieldError> errors) {
        super(title);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException field(String field, String rule, String message) {
        return new ProblemException(HttpStatus.BAD_REQUEST, "Invalid request", List.of(new FieldError(field, rule, message)));
    }

    public static ProblemException conflict(String message) {
        return new ProblemException(HttpStatus.CONFLICT, message, List.of());
    }

    public HttpStatus status() {
        return status;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
