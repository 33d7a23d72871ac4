package org.restock.domain.shared;

import java.util.Objects;
import java.util.UUID;

/** Ties together everything that one entry point (a message, a request, a job) caused. */
public record CorrelationId(String value) {

    public CorrelationId {
        Objects.requireNonNull(value, "correlation id");
        if (value.isBlank() || value.length() > 100) {
            throw new InvalidValue("correlation id must be 1..100 characters, was '" + value + "'");
        }
    }

    public static CorrelationId newId() {
        return new CorrelationId(UUID.randomUUID().toString());
    }

    /** The given value when it is usable, else a new id: entry points accept what callers send. */
    public static CorrelationId orNew(String candidate) {
        return candidate == null || candidate.isBlank() || candidate.length() > 100 ? newId() : new CorrelationId(candidate);
    }

    @Override
    public String toString() {
        return value;
    }
}
