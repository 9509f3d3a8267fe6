package org.yothub.casework.importexport;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.yothub.platform.web.ErrorResponses;

/** A refused import answers 400 with {@code errors: [{file, row, column, message}]}. */
@Singleton
class ImportValidationHandler implements ExceptionHandler<ImportValidationException, HttpResponse<?>> {

    @Override
    public HttpResponse<?> handle(HttpRequest request, ImportValidationException e) {
        String detail = e.total() + " problem(s) found; nothing was stored. Correct the files and import them again."
                + (e.total() > e.errors().size() ? " The first " + e.errors().size() + " are listed." : "");
        return HttpResponse.badRequest(new ImportProblem("The import was refused", 400, detail, e.total(), e.errors()))
                .contentType(ErrorResponses.PROBLEM_JSON);
    }
}
