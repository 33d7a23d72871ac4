package org.restock.adapters.messaging;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.restock.domain.events.HandleBusinessEvent.Outcome;

/** Remembers what the pump reported, in order. */
final class RecordingPumpListener implements PumpListener {

    final List<String> handled = new CopyOnWriteArrayList<>();
    final List<Outcome> outcomes = new CopyOnWriteArrayList<>();
    final List<Failure> failures = new CopyOnWriteArrayList<>();
    final List<DeadLetterCode> deadLettered = new CopyOnWriteArrayList<>();
    final List<String> pauses = new CopyOnWriteArrayList<>();
    volatile int resumes;

    @Override
    public void handled(String eventType, Outcome outcome, Duration took, Instant sentAt) {
        handled.add(eventType);
        outcomes.add(outcome);
    }

    @Override
    public void failed(String eventType, Failure failure, Duration took) {
        failures.add(failure);
    }

    @Override
    public void deadLettered(String eventType, DeadLetterCode code) {
        deadLettered.add(code);
    }

    @Override
    public void paused(String dependency) {
        pauses.add(dependency);
    }

    @Override
    public synchronized void resumed() {
        resumes++;
    }

    long count(Outcome outcome) {
        return outcomes.stream().filter(outcome::equals).count();
    }
}
