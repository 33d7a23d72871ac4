package org.restock.server.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.restock.domain.shared.CorrelationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The server's timed work on one JDK scheduler (no Helidon scheduling on this line; ADR 0004):
 * daily jobs at a wall-clock time in a zone, and repeating ones. Every run gets its own
 * correlation id; a failing run is logged and the next one still comes.
 */
public final class Jobs implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Jobs.class);

    private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(2,
            Thread.ofPlatform().name("restock-job-", 0).daemon(true).factory());
    private final Clock clock;

    public Jobs(Clock clock) {
        this.clock = clock;
        // a stop must not wait for tonight's sweep
        scheduler.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        scheduler.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
    }

    /** Runs {@code job} every day at {@code at} in {@code zone}. */
    public void daily(String name, LocalTime at, ZoneId zone, Consumer<CorrelationId> job) {
        scheduleNextDaily(name, at, zone, job);
        LOG.info("job {} runs daily at {} {}", name, at, zone);
    }

    public void every(String name, Duration interval, Consumer<CorrelationId> job) {
        long millis = Math.max(1, interval.toMillis());
        scheduler.scheduleWithFixedDelay(() -> run(name, job), millis, millis, TimeUnit.MILLISECONDS);
    }

    private void scheduleNextDaily(String name, LocalTime at, ZoneId zone, Consumer<CorrelationId> job) {
        long delay = Duration.between(clock.instant(), nextRun(clock, at, zone)).toMillis();
        scheduler.schedule(() -> {
            try {
                run(name, job);
            } finally {
                if (!scheduler.isShutdown()) {
                    scheduleNextDaily(name, at, zone, job);
                }
            }
        }, Math.max(0, delay), TimeUnit.MILLISECONDS);
    }

    static java.time.Instant nextRun(Clock clock, LocalTime at, ZoneId zone) {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
        ZonedDateTime today = now.with(at);
        return (today.isAfter(now) ? today : today.plusDays(1).with(at)).toInstant();
    }

    private static void run(String name, Consumer<CorrelationId> job) {
        CorrelationId id = CorrelationId.newId();
        MDC.put("correlationId", id.value());
        try {
            job.accept(id);
        } catch (RuntimeException e) {
            LOG.error("job {} failed", name, e);
        } finally {
            MDC.remove("correlationId");
        }
    }

    /** Stops scheduling and waits a little for a running job to finish. */
    @Override
    public void close() {
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(10, TimeUnit.SECONDS)) {
                scheduler.shutdownNow();
            }
        } catch (InterruptedException e) {
            scheduler.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
