package org.restock.adapters.purchaseorders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Closed → open after {@code threshold} consecutive failed attempts → after {@code openFor}, one
 * probe may pass (half-open): its success closes the circuit, its failure opens it again. While
 * open, calls fail at once, so a dead dependency costs no time and gets no load.
 */
final class CircuitBreaker {

    enum State { CLOSED, OPEN, HALF_OPEN }

    private final int threshold;
    private final Duration openFor;
    private final Clock clock;
    private State state = State.CLOSED;
    private int consecutiveFailures;
    private Instant openUntil = Instant.MIN;
    private String lastFailure = "";

    CircuitBreaker(int threshold, Duration openFor, Clock clock) {
        this.threshold = threshold;
        this.openFor = openFor;
        this.clock = clock;
    }

    /** True when a call may go out now; moves an open circuit whose time is up to half-open (one probe). */
    synchronized boolean tryAcquire() {
        return switch (state) {
            case CLOSED -> true;
            case HALF_OPEN -> false; // the probe is out
            case OPEN -> {
                if (clock.instant().isBefore(openUntil)) {
                    yield false;
                }
                state = State.HALF_OPEN;
                yield true;
            }
        };
    }

    synchronized void succeeded() {
        state = State.CLOSED;
        consecutiveFailures = 0;
    }

    synchronized void failed(String reason) {
        lastFailure = reason;
        consecutiveFailures++;
        if (state == State.HALF_OPEN || consecutiveFailures >= threshold) {
            state = State.OPEN;
            openUntil = clock.instant().plus(openFor);
        }
    }

    synchronized State state() {
        return state == State.OPEN && !clock.instant().isBefore(openUntil) ? State.HALF_OPEN : state;
    }

    synchronized Instant openUntil() {
        return openUntil;
    }

    /** Why the last attempt failed, for the message of a call refused while open. */
    synchronized String lastFailure() {
        return lastFailure;
    }

    synchronized int consecutiveFailures() {
        return consecutiveFailures;
    }
}
