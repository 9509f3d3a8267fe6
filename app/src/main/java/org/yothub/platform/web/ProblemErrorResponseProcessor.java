package org.yothub.platform.web;

import io.micronaut.context.annotation.Primary;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.List;

/** Routes Micronaut's own errors (unknown route, bad JSON, 401/403, 500) through {@link ErrorResponses}. */
@Singleton
@Primary
class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Object> {
    private final ErrorResponses responses;

    ProblemErrorResponseProcessor(ErrorResponses responses) {
        this.responses = responses;
    }

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<Object> processResponse(ErrorContext context, MutableHttpResponse<?> base) {
        HttpStatus status = base.getStatus();
        String detail = null;
        List<ProblemException.FieldError> errors = List.of();
        if (status.getCode() < 500 && context.hasErrors() && status.getCode() != 401 && status.getCode() != 403
                && status.getCode() != 404) {
            errors = context.getErrors().stream().map(ProblemErrorResponseProcessor::toFieldError).toList();
            detail = errors.get(0).message();
        }
        String title = switch (status.getCode()) {
            case 401 -> "Sign in needed";
            case 403 -> "You do not have access to this";
            case 404 -> "Page not found";
            case 500 -> "Sorry, there is a problem with the service";
            default -> status.getReason();
        };
        if (status.getCode() == 401) {
            detail = "Sign in, or send a valid bearer token.";
        } else if (status.getCode() == 403) {
            detail = "Your role does not allow this.";
        } else if (status.getCode() == 404) {
            detail = "There is nothing at this address, or it belongs to another YOT.";
        } else if (status.getCode() >= 500) {
            detail = "Try again later. If it keeps happening, quote the request id to support.";
        }
        return (MutableHttpResponse<Object>) responses.fill(context.getRequest(), base, status, title, detail, errors);
    }

    private static ProblemException.FieldError toFieldError(Error e) {
        String field = e.getPath().map(p -> p.substring(p.lastIndexOf('.') + 1)).map(Names::snake).orElse(null);
        return new ProblemException.FieldError(field, "invalid", e.getMessage());
    }
}
