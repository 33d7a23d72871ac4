package org.restock.domain.handling;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.restock.domain.suggestion.SuggestionId;
import org.restock.domain.suggestion.WorkflowStep;

/**
 * A {@link WorkflowListener} that counts, per step, what a metrics endpoint shows: attempts,
 * successes, failures that will be retried, final failures, and the time the calls took. One
 * instance may serve every worker of a server instance.
 */
public final class StepCounters implements WorkflowListener {

    /** The figures of one step since start. */
    public record Figures(long attempts, long successes, long retriedFailures, long finalFailures, Duration totalTime,
                          Duration longest) {

        static final Figures NONE = new Figures(0, 0, 0, 0, Duration.ZERO, Duration.ZERO);

        Figures attempt() {
            return new Figures(attempts + 1, successes, retriedFailures, finalFailures, totalTime, longest);
        }

        Figures success(Duration took) {
            return new Figures(attempts, successes + 1, retriedFailures, finalFailures, totalTime.plus(took),
                    max(longest, took));
        }

        Figures failure(Duration took, boolean willRetry) {
            return new Figures(attempts, successes, retriedFailures + (willRetry ? 1 : 0),
                    finalFailures + (willRetry ? 0 : 1), totalTime.plus(took), max(longest, took));
        }

        private static Duration max(Duration a, Duration b) {
            return a.compareTo(b) >= 0 ? a : b;
        }
    }

    private final Map<WorkflowStep, Figures> figures = new EnumMap<>(WorkflowStep.class);

    @Override
    public synchronized void attempted(WorkflowStep step, List<SuggestionId> suggestions) {
        figures.put(step, of(step).attempt());
    }

    @Override
    public synchronized void succeeded(WorkflowStep step, List<SuggestionId> suggestions, Duration took) {
        figures.put(step, of(step).success(took));
    }

    @Override
    public synchronized void failed(WorkflowStep step, List<SuggestionId> suggestions, Duration took, String reason,
                                    boolean willRetry) {
        figures.put(step, of(step).failure(took, willRetry));
    }

    /** Every step, with zeros for a step not tried yet. */
    public synchronized Map<WorkflowStep, Figures> snapshot() {
        Map<WorkflowStep, Figures> copy = new EnumMap<>(WorkflowStep.class);
        for (WorkflowStep step : WorkflowStep.values()) {
            copy.put(step, of(step));
        }
        return Map.copyOf(copy);
    }

    private Figures of(WorkflowStep step) {
        return figures.getOrDefault(step, Figures.NONE);
    }
}
