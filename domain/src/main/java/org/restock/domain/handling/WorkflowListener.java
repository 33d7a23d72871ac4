package org.restock.domain.handling;

import java.time.Duration;
import java.util.List;
import org.restock.domain.suggestion.SuggestionId;
import org.restock.domain.suggestion.WorkflowStep;

/**
 * Hears every attempt of a workflow step, for metrics and logs. One call to the PO system or the
 * mail server is one attempt; a bulk accept's e-mail names all the suggestions it covers.
 * Called outside any transaction; must not throw.
 */
public interface WorkflowListener {

    /** Hears nothing. */
    WorkflowListener NONE = new WorkflowListener() {
    };

    default void attempted(WorkflowStep step, List<SuggestionId> suggestions) {
    }

    default void succeeded(WorkflowStep step, List<SuggestionId> suggestions, Duration took) {
    }

    /**
     * @param willRetry true when the step is tried again after a back-off; false when the suggestions
     *                  became FAILED
     */
    default void failed(WorkflowStep step, List<SuggestionId> suggestions, Duration took, String reason,
                        boolean willRetry) {
    }
}
