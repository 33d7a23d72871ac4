package org.restock.desktop.api;

import java.util.Optional;

/** A call to the server that did not succeed, with a message a planner can act on. */
public final class ApiException extends Exception {

    public enum Reason { WRONG_CREDENTIALS, FORBIDDEN, UNREACHABLE, CERTIFICATE, PROBLEM, PROTOCOL }

    private final Reason reason;
    private final transient Problem problem;

    public ApiException(Reason reason, String message, Problem problem, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.problem = problem;
    }

    public static ApiException of(Reason reason, String message) {
        return new ApiException(reason, message, null, null);
    }

    public Reason reason() {
        return reason;
    }

    public Optional<Problem> problem() {
        return Optional.ofNullable(problem);
    }

    /** The problem's code ({@code stale-version}, …), or empty. */
    public String problemCode() {
        return problem == null ? "" : problem.code();
    }
}
