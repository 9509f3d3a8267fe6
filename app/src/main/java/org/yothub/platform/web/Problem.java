package org.yothub.platform.web;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** An RFC 9457 problem document, with the fields and rules that failed. */
@Serdeable
public record Problem(String type, String title, int status, String detail, String instance, String requestId,
                      List<ProblemException.FieldError> errors) {
}
