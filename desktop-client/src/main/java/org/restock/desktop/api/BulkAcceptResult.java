package org.restock.desktop.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The outcome of one item of a bulk accept. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BulkAcceptResult(String id, Outcome outcome, String detail, Suggestion suggestion) {

    public enum Outcome { ACCEPTED, NOT_FOUND, STALE_VERSION, NOT_ALLOWED }

    public boolean accepted() {
        return outcome == Outcome.ACCEPTED;
    }
}
