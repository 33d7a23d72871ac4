package org.restock.server.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An {@code application/problem+json} body (RFC 9457), as docs/api/rest.md describes it: the type's
 * last path segment names the problem, {@code errors} lists bad fields, {@code suggestion} carries
 * the current state when the problem is about one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance, String correlationId,
                      List<FieldError> errors, Object suggestion) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_BASE = "https://restock.example/problems/";

    public record FieldError(String field, String message) {
    }
}
