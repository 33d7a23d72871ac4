package org.restock.domain.shared;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the trace log: what happened to which subject, when, and under which correlation id.
 * The subject is a typed key such as {@code suggestion:S-1} or {@code product:P-1}.
 */
public record TraceEntry(CorrelationId correlationId, Instant at, String subject, String action, String detail) {

    public TraceEntry {
        Objects.requireNonNull(correlationId, "correlation id");
        Objects.requireNonNull(at, "at");
        InvalidValue.requireText(subject, "subject");
        InvalidValue.requireText(action, "action");
        detail = detail == null ? "" : detail;
    }
}
