package org.restock.server.observe;

import io.helidon.metrics.api.Counter;
import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Metrics;
import io.helidon.metrics.api.Tag;
import java.time.Duration;
import java.util.List;
import org.restock.domain.handling.WorkflowListener;
import org.restock.domain.suggestion.SuggestionId;
import org.restock.domain.suggestion.WorkflowStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every workflow step attempt, as a counter by step and outcome and a log line. */
public final class WorkflowMetrics implements WorkflowListener {

    private static final Logger LOG = LoggerFactory.getLogger(WorkflowMetrics.class);

    private final MeterRegistry registry = Metrics.globalRegistry();

    @Override
    public void succeeded(WorkflowStep step, List<SuggestionId> suggestions, Duration took) {
        count(step, "succeeded");
        LOG.info("{} done for {} in {} ms", step, suggestions, took.toMillis());
    }

    @Override
    public void failed(WorkflowStep step, List<SuggestionId> suggestions, Duration took, String reason,
                       boolean willRetry) {
        count(step, willRetry ? "retrying" : "failed");
        LOG.warn("{} failed for {} ({}): {}", step, suggestions, willRetry ? "will retry" : "now FAILED", reason);
    }

    private void count(WorkflowStep step, String outcome) {
        Counter counter = registry.getOrCreate(Counter.builder("restock.workflow.steps")
                .description("workflow step attempts by step and outcome")
                .tags(List.of(Tag.create("step", step.name()), Tag.create("outcome", outcome))));
        counter.increment();
    }
}
