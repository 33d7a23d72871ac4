package org.restock.desktop.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.restock.desktop.api.ApiException;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Runs blocking work off the UI thread and hands its result back to the UI executor — the one
 * place the workstation crosses threads. Tracks what is running, for the busy indicator.
 * Tests give it two same-thread executors, so view models run synchronously.
 */
public final class Tasks {

    private final Executor background;
    private final Executor ui;
    private final Deque<String> running = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper busyText = new ReadOnlyStringWrapper("");

    private final java.time.Duration settle;

    /** Tasks whose {@link #afterSettling} runs at once (tests). */
    public Tasks(Executor background, Executor ui) {
        this(background, ui, java.time.Duration.ZERO);
    }

    public Tasks(Executor background, Executor ui, java.time.Duration settle) {
        this.background = background;
        this.ui = ui;
        this.settle = settle;
    }

    /**
     * Runs {@code action} on the UI executor once the settle time has passed, so that work for a
     * fast-moving selection is only started for where the planner stops.
     */
    public void afterSettling(Runnable action) {
        if (settle.isZero()) {
            action.run();
            return;
        }
        try {
            background.execute(() -> {
                try {
                    Thread.sleep(settle);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                ui.execute(action);
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closing: nothing more to do
        }
    }

    /** Work that talks to the server. */
    @FunctionalInterface
    public interface Work<T> {
        T call() throws ApiException;
    }

    /** Runs {@code work} in the background; {@code done} or {@code failed} runs on the UI executor. Call from the UI thread. */
    public <T> void run(String what, Work<T> work, Consumer<T> done, Consumer<ApiException> failed) {
        started(what);
        try {
            background.execute(() -> work(what, work, done, failed));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // The workstation is closing: nothing more is sent.
            finished(what);
        }
    }

    private <T> void work(String what, Work<T> work, Consumer<T> done, Consumer<ApiException> failed) {
        T result;
        try {
            result = work.call();
        } catch (ApiException e) {
            ui.execute(() -> {
                finished(what);
                failed.accept(e);
            });
            return;
        } catch (RuntimeException e) {
            ApiException wrapped = new ApiException(ApiException.Reason.PROTOCOL,
                    what + " failed unexpectedly: " + e, null, e);
            ui.execute(() -> {
                finished(what);
                failed.accept(wrapped);
            });
            return;
        }
        ui.execute(() -> {
            finished(what);
            done.accept(result);
        });
    }

    /** Runs {@code action} on the UI executor (for callbacks that arrive on worker threads). */
    public void onUi(Runnable action) {
        ui.execute(action);
    }

    private void started(String what) {
        running.addLast(what);
        update();
    }

    private void finished(String what) {
        running.removeFirstOccurrence(what);
        update();
    }

    private void update() {
        busy.set(!running.isEmpty());
        busyText.set(running.isEmpty() ? "" : running.peekLast() + "…");
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty busyTextProperty() {
        return busyText.getReadOnlyProperty();
    }
}
