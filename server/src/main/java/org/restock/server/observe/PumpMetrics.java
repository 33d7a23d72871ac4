package org.restock.server.observe;

import io.helidon.metrics.api.MeterRegistry;
import io.helidon.metrics.api.Metrics;
import io.helidon.metrics.api.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.time.Instant;
import org.restock.adapters.messaging.DeadLetterCode;
import org.restock.adapters.messaging.PumpListener;
import org.restock.domain.events.HandleBusinessEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Bridges what the message pump reports to the server's event statistics and log. */
public final class PumpMetrics implements PumpListener {

    private static final Logger LOG = LoggerFactory.getLogger(PumpMetrics.class);

    private final EventStatistics events;
    private final Clock clock;
    private final MeterRegistry registry = Metrics.globalRegistry();

    public PumpMetrics(EventStatistics events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void handled(String eventType, HandleBusinessEvent.Outcome outcome, Duration took, Instant sentAt) {
        events.handled(eventType, outcome.name(), took.toNanos());
        if (sentAt != null) {
            // queue lag: from the publisher's send to our commit
            Timer lag = registry.getOrCreate(Timer.builder("restock.events.lag")
                    .description("time from an event's publication to its handling"));
            lag.record(Math.max(0, Duration.between(sentAt, clock.instant()).toNanos()), TimeUnit.NANOSECONDS);
        }
    }

    @Override
    public void failed(String eventType, Failure failure, Duration took) {
        events.handled(eventType, "ROLLED_BACK_" + failure.name(), took.toNanos());
    }

    @Override
    public void deadLettered(String eventType, DeadLetterCode code) {
        events.handled(eventType == null || eventType.isBlank() ? "unknown" : eventType, "DEAD_LETTERED", 0);
        LOG.warn("event of type {} dead-lettered: {}", eventType, code);
    }

    @Override
    public void paused(String dependency) {
        LOG.warn("message pump paused: {} is down", dependency);
    }

    @Override
    public void resumed() {
        LOG.info("message pump resumed");
    }
}
