package org.restock.adapters.messaging;

import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import org.restock.domain.shared.DependencyFailure;

/**
 * Opens (pauses consumption) when {@code threshold} of the last {@code window} handlings failed on
 * the same dependency, so an outage does not walk the whole stream through its redeliveries into
 * the dead letter queue; closes when the dependency check says it is back.
 */
final class SystemicFailureBreaker {

    private static final String SUCCESS = "";
    private static final String DATABASE = "database";

    private final int window;
    private final int threshold;
    private final PumpListener listener;
    private final Deque<String> recent = new ArrayDeque<>();
    private String pausedFor;
    private boolean released;

    SystemicFailureBreaker(int window, int threshold, PumpListener listener) {
        this.window = window;
        this.threshold = threshold;
        this.listener = listener;
    }

    synchronized void success() {
        remember(SUCCESS);
    }

    /** @return true when the pump is paused for this dependency (now or already) */
    boolean failure(String dependency) {
        boolean pausedNow;
        synchronized (this) {
            remember(dependency);
            if (pausedFor != null) {
                return true;
            }
            long same = recent.stream().filter(dependency::equals).count();
            pausedNow = same >= threshold;
            if (pausedNow) {
                pausedFor = dependency;
            }
        }
        if (pausedNow) {
            listener.paused(dependency);
        }
        return pausedNow;
    }

    /** Waits while paused, at most {@code maxWaitMillis}; @return true when consumers may go on */
    synchronized boolean awaitRunning(long maxWaitMillis) throws InterruptedException {
        long deadline = System.nanoTime() + maxWaitMillis * 1_000_000;
        while (pausedFor != null && !released) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return false;
            }
            wait(left);
        }
        return pausedFor == null;
    }

    void probe(DependencyCheck check) {
        String dependency;
        synchronized (this) {
            dependency = pausedFor;
        }
        if (dependency == null || !available(check, dependency)) {
            return;
        }
        synchronized (this) {
            pausedFor = null;
            recent.clear();
            notifyAll();
        }
        listener.resumed();
    }

    synchronized Optional<String> pausedFor() {
        return Optional.ofNullable(pausedFor);
    }

    /** Consumers wait while paused again (after a {@link #release()}, for a restart). */
    synchronized void engage() {
        released = false;
    }

    /** Lets waiting consumers see a stop. */
    synchronized void release() {
        released = true;
        notifyAll();
    }

    /** The dependency a failure says is down (its cause chain included), if it is that kind of failure. */
    static Optional<String> dependencyOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DependencyFailure dependencyFailure) {
                return Optional.of(dependencyFailure.dependency());
            }
            if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException) {
                return Optional.of(DATABASE);
            }
        }
        return Optional.empty();
    }

    private static boolean available(DependencyCheck check, String dependency) {
        try {
            return check.isAvailable(dependency);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void remember(String outcome) {
        recent.addLast(Objects.requireNonNull(outcome));
        while (recent.size() > window) {
            recent.removeFirst();
        }
    }
}
