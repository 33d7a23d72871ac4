package org.restock.server.http;

import java.util.List;

/**
 * A request the server answers with a problem: thrown by handlers and validation, turned into
 * {@code application/problem+json} in one place ({@link Problems}).
 */
public final class ProblemException extends RuntimeException {

    private final int status;
    private final String kind;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final transient Object suggestion;

    ProblemException(int status, String kind, String title, String detail, List<Problem.FieldError> errors,
                     Object suggestion) {
        super(detail);
        this.status = status;
        this.kind = kind;
        this.title = title;
        this.errors = errors;
        this.suggestion = suggestion;
    }

    public static ProblemException badRequest(List<Problem.FieldError> errors) {
        String detail = errors.stream().map(e -> e.field() + ": " + e.message())
                .reduce((a, b) -> a + "; " + b).orElse("bad request");
        return new ProblemException(400, "bad-request", "Bad request", detail, List.copyOf(errors), null);
    }

    public static ProblemException badRequest(String field, String message) {
        return badRequest(List.of(new Problem.FieldError(field, message)));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "not-found", "Not found", detail, null, null);
    }

    public static ProblemException staleVersion(String detail, Object current) {
        return new ProblemException(409, "stale-version", "Stale version", detail, null, current);
    }

    public static ProblemException notAllowed(String detail, Object current) {
        return new ProblemException(409, "not-allowed", "Not allowed", detail, null, current);
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(401, "unauthorized", "Unauthorized", detail, null, null);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, null, null);
    }

    public static ProblemException unavailable(String detail) {
        return new ProblemException(503, "unavailable", "Service unavailable", detail, null, null);
    }

    public static ProblemException internal(String detail) {
        return new ProblemException(500, "internal", "Internal error", detail, null, null);
    }

    public int status() {
        return status;
    }

    Problem toProblem(String instance, String correlationId) {
        return new Problem(Problem.TYPE_BASE + kind, title, status, getMessage(), instance, correlationId, errors,
                suggestion);
    }
}
