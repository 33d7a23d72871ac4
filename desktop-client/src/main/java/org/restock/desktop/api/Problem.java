package org.restock.desktop.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** An {@code application/problem+json} answer (RFC 9457) as the server sends it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Problem(String type, String title, Integer status, String detail, String correlationId,
                      List<FieldError> errors, Suggestion suggestion) {

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** The last path segment of {@code type}: {@code stale-version}, {@code not-allowed}, … */
    public String code() {
        if (type == null) {
            return "";
        }
        return type.substring(type.lastIndexOf('/') + 1);
    }

    /** A sentence a planner can read. */
    public String readable() {
        StringBuilder text = new StringBuilder();
        text.append(detail != null && !detail.isBlank() ? detail : title != null ? title : "The server refused the request");
        for (FieldError error : errors) {
            text.append("; ").append(error.field()).append(": ").append(error.message());
        }
        return text.toString();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FieldError(String field, String message) {
    }
}
