package org.restock.domain.handling;

import java.time.Duration;
import java.util.List;
import org.restock.domain.suggestion.SuggestionId;
import org.restock.domain.suggestion.WorkflowStep;

/**
 * Passes every call on and swallows what the listener throws: metrics must never stop a step's
 * outcome from being recorded (the step would be repeated after the claim went stale).
 */
final class QuietListener implements WorkflowListener {

    private final WorkflowListener delegate;

    QuietListener(WorkflowListener delegate) {
        this.delegate = delegate;
    }

    @Override
    public void attempted(WorkflowStep step, List<SuggestionId> suggestions) {
        quietly(() -> delegate.attempted(step, suggestions));
    }

    @Override
    public void succeeded(WorkflowStep step, List<SuggestionId> suggestions, Duration took) {
        quietly(() -> delegate.succeeded(step, suggestions, took));
    }

    @Override
    public void failed(WorkflowStep step, List<SuggestionId> suggestions, Duration took, String reason,
                       boolean willRetry) {
        quietly(() -> delegate.failed(step, suggestions, took, reason, willRetry));
    }

    private static void quietly(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException ignored) {
            // a broken metrics hook must not break the workflow; there is no logger in the domain
        }
    }
}
