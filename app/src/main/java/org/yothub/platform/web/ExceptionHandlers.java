package org.yothub.platform.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yothub.platform.security.LoginFailedException;
import org.yothub.platform.tenancy.NoTenantException;

/** Maps the service's exceptions to 4xx answers with the field and the rule; nothing reaches a bare 500. */
final class ExceptionHandlers {
    private ExceptionHandlers() {
    }

    @Singleton
    static class ProblemHandler implements ExceptionHandler<ProblemException, HttpResponse<?>> {
        private final ErrorResponses responses;

        ProblemHandler(ErrorResponses responses) {
            this.responses = responses;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, ProblemException e) {
            return responses.problem(request, e.status(), e.getMessage(),
                    e.errors().isEmpty() ? e.getMessage() : e.errors().get(0).message(), e.errors());
        }
    }

    @Singleton
    static class NotFoundHandler implements ExceptionHandler<NotFoundException, HttpResponse<?>> {
        private final ErrorResponses responses;

        NotFoundHandler(ErrorResponses responses) {
            this.responses = responses;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, NotFoundException e) {
            return responses.problem(request, HttpStatus.NOT_FOUND, "Not found", e.getMessage(), List.of());
        }
    }

    @Singleton
    static class NoTenantHandler implements ExceptionHandler<NoTenantException, HttpResponse<?>> {
        private final ErrorResponses responses;

        NoTenantHandler(ErrorResponses responses) {
            this.responses = responses;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, NoTenantException e) {
            return responses.problem(request, HttpStatus.FORBIDDEN, "You do not have access to this", e.getMessage(), List.of());
        }
    }

    @Singleton
    static class LoginFailedHandler implements ExceptionHandler<LoginFailedException, HttpResponse<?>> {
        private final ErrorResponses responses;

        LoginFailedHandler(ErrorResponses responses) {
            this.responses = responses;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, LoginFailedException e) {
            return responses.problem(request, HttpStatus.UNAUTHORIZED, "Sign-in failed", e.getMessage(), List.of());
        }
    }

    @Singleton
    @Replaces(ConstraintExceptionHandler.class)
    static class ConstraintHandler implements ExceptionHandler<ConstraintViolationException, HttpResponse<?>> {
        private final ErrorResponses responses;

        ConstraintHandler(ErrorResponses responses) {
            this.responses = responses;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, ConstraintViolationException e) {
            List<ProblemException.FieldError> errors = e.getConstraintViolations().stream()
                    .map(ConstraintHandler::toError)
                    .sorted(java.util.Comparator.comparing(f -> String.valueOf(f.field())))
                    .toList();
            return responses.problem(request, HttpStatus.BAD_REQUEST, "Invalid request",
                    errors.isEmpty() ? "Invalid request" : errors.get(0).field() + ": " + errors.get(0).message(), errors);
        }

        private static ProblemException.FieldError toError(ConstraintViolation<?> v) {
            String field = null;
            for (Path.Node node : v.getPropertyPath()) {
                if (node.getName() != null) {
                    field = node.getName();
                }
            }
            String rule = v.getConstraintDescriptor() == null ? "invalid"
                    : Names.snake(v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName());
            return new ProblemException.FieldError(Names.snake(field), rule, v.getMessage());
        }
    }

    /** Database refusals: conflicts, broken references and row-level security become 4xx. */
    @Singleton
    static class DataAccessHandler implements ExceptionHandler<DataAccessException, HttpResponse<?>> {
        private static final Logger LOG = LoggerFactory.getLogger(DataAccessHandler.class);
        private final ErrorResponses responses;

        DataAccessHandler(ErrorResponses responses) {
            this.responses = responses;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, DataAccessException e) {
            if (e instanceof OptimisticLockException) {
                return responses.problem(request, HttpStatus.CONFLICT, "Changed by someone else",
                        "This record was changed by someone else after you opened it. Reload it, then make your change again; nothing was saved.",
                        List.of(new ProblemException.FieldError("version", "current_version", "is out of date")));
            }
            String state = sqlState(e);
            if (state == null) {
                LOG.error("Data access failed", e);
                return responses.problem(request, HttpStatus.INTERNAL_SERVER_ERROR, "Sorry, there is a problem with the service",
                        "Try again later.", List.of());
            }
            return switch (state) {
                case "42501" -> responses.problem(request, HttpStatus.FORBIDDEN, "Not allowed",
                        "The record does not belong to your YOT.", List.of());
                case "23505" -> responses.problem(request, HttpStatus.CONFLICT, "Already exists",
                        "A record with the same reference already exists.", List.of());
                case "23503" -> responses.problem(request, HttpStatus.BAD_REQUEST, "Invalid reference",
                        "A referenced record does not exist.", List.of());
                default -> {
                    if (state.startsWith("22") || state.startsWith("23")) {
                        yield responses.problem(request, HttpStatus.BAD_REQUEST, "Invalid data",
                                "A value is out of range or not allowed.", List.of());
                    }
                    LOG.error("Data access failed with SQL state {}", state, e);
                    yield responses.problem(request, HttpStatus.INTERNAL_SERVER_ERROR, "Sorry, there is a problem with the service",
                            "Try again later.", List.of());
                }
            };
        }

        static String sqlState(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SQLException s && s.getSQLState() != null) {
                    return s.getSQLState().toUpperCase(Locale.ROOT);
                }
            }
            return null;
        }
    }

    @Singleton
    static class ViewHandler implements ExceptionHandler<FreemarkerViewsRenderer.ViewRenderingException, HttpResponse<?>> {
        private static final Logger LOG = LoggerFactory.getLogger(ViewHandler.class);
        private final ErrorResponses responses;

        ViewHandler(ErrorResponses responses) {
            this.responses = responses;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, FreemarkerViewsRenderer.ViewRenderingException e) {
            LOG.error("View rendering failed", e);
            return responses.problem(request, HttpStatus.INTERNAL_SERVER_ERROR, "Sorry, there is a problem with the service",
                    "Try again later.", List.of());
        }
    }
}
