package org.yothub.casework;

import io.micronaut.http.HttpStatus;
import java.util.Map;

/**
 * A submitted HTML form was rejected (bad input, a broken rule or a conflicting edit): the form is
 * rendered again with the user's input and a GOV.UK error summary, and nothing was saved.
 */
public class FormProblemException extends RuntimeException {
    private final HttpStatus status;
    private final String view;
    private final Map<String, Object> model;

    public FormProblemException(HttpStatus status, String view, Map<String, Object> model) {
        super("Form rejected");
        this.status = status;
        this.view = view;
        this.model = model;
    }

    public HttpStatus status() {
        return status;
    }

    public String view() {
        return view;
    }

    public Map<String, Object> model() {
        return model;
    }
}
