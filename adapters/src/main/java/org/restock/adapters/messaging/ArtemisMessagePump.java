package org.restock.adapters.messaging;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.restock.domain.events.BusinessEvent;
import org.restock.domain.events.HandleBusinessEvent;
import org.restock.domain.events.HandleBusinessEvent.Outcome;
import org.restock.domain.shared.ConcurrentModification;
import org.restock.domain.shared.InvalidValue;
import org.restock.domain.shared.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The message pump (DESIGN §3): competing consumers on {@code restock.events}, each in a transacted
 * session. Per message: the {@code eventType} and {@code eventVersion} pick a decoder, the domain
 * handles the event in its unit of work, and only then the JMS transaction commits, so a crash in
 * between means a redelivery that the {@code eventId} de-duplicates. A message that cannot be
 * decoded goes to the dead letter queue at once, with its reason; a failure that may pass is rolled
 * back for the broker to redeliver with back-off; an outage of a dependency pauses the pump.
 */
public final class ArtemisMessagePump implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ArtemisMessagePump.class);
    static final String MDC_CORRELATION_ID = "correlationId";
    static final String MDC_EVENT_ID = "eventId";

    private final ConnectionFactory connections;
    private final HandleBusinessEvent handler;
    private final UnitOfWork unitOfWork;
    private final PumpSettings settings;
    private final PumpListener listener;
    private final DependencyCheck dependencyCheck;
    private final Clock clock;
    private final JacksonEventDecoders decoders = new JacksonEventDecoders();
    private final SystemicFailureBreaker breaker;
    private final List<Thread> workers = new ArrayList<>();
    private final List<Connection> open = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService prober;
    private volatile boolean running;

    /**
     * @param unitOfWork the same unit of work the handler uses: a batch of events is handled in one
     *                   of its transactions
     */
    public ArtemisMessagePump(ConnectionFactory connections, HandleBusinessEvent handler, UnitOfWork unitOfWork,
                              PumpSettings settings, PumpListener listener, DependencyCheck dependencyCheck,
                              Clock clock) {
        this.connections = connections;
        this.handler = handler;
        this.unitOfWork = unitOfWork;
        this.settings = settings;
        this.listener = listener;
        this.dependencyCheck = dependencyCheck;
        this.clock = clock;
        this.breaker = new SystemicFailureBreaker(settings.failureWindow(), settings.pauseThreshold(), listener);
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        breaker.engage();
        for (int i = 1; i <= settings.consumers(); i++) {
            var worker = Thread.ofPlatform().name("restock-pump-" + i).start(this::consume);
            workers.add(worker);
        }
        long probeMillis = settings.probeInterval().toMillis();
        prober = Executors.newSingleThreadScheduledExecutor(runnable -> {
            var thread = new Thread(runnable, "restock-pump-probe");
            thread.setDaemon(true);
            return thread;
        });
        prober.scheduleWithFixedDelay(() -> breaker.probe(dependencyCheck), probeMillis, probeMillis,
                TimeUnit.MILLISECONDS);
        LOG.info("Message pump started: {} consumers on {}", settings.consumers(), EventQueues.EVENTS);
    }

    /** The dependency the pump is paused for, if it is. */
    public Optional<String> pausedFor() {
        return breaker.pausedFor();
    }

    public boolean isRunning() {
        return running;
    }

    /**
     * Graceful stop: no new receives, in-flight messages finish and commit, then the connections
     * close. A consumer still busy after the shutdown timeout has its connection closed, which rolls
     * its message back for redelivery.
     */
    @Override
    public synchronized void close() {
        if (!running) {
            return;
        }
        running = false;
        breaker.release();
        prober.shutdownNow();
        long deadline = System.nanoTime() + settings.shutdownTimeout().toNanos();
        for (Thread worker : workers) {
            try {
                worker.join(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        for (Connection connection : open) {
            closeQuietly(connection);
        }
        workers.clear();
        LOG.info("Message pump stopped");
    }

    private void consume() {
        long backoffMillis = 500;
        while (running) {
            Connection connection = null;
            try {
                connection = connections.createConnection();
                open.add(connection);
                var session = connection.createSession(true, Session.SESSION_TRANSACTED);
                var consumer = session.createConsumer(session.createQueue(EventQueues.EVENTS));
                var producer = session.createProducer(null);
                connection.start();
                backoffMillis = 500;
                receiveLoop(session, consumer, producer);
            } catch (JMSException | RuntimeException e) {
                if (running) {
                    LOG.warn("Consumer lost its broker session ({}); reconnecting in {} ms", e.toString(), backoffMillis);
                    sleep(backoffMillis);
                    backoffMillis = Math.min(backoffMillis * 2, 30_000);
                }
            } finally {
                if (connection != null) {
                    open.remove(connection);
                    closeQuietly(connection);
                }
            }
        }
    }

    private void receiveLoop(Session session, MessageConsumer consumer, MessageProducer producer) throws JMSException {
        long receiveMillis = settings.receiveTimeout().toMillis();
        int singlesLeft = 0;
        while (running) {
            try {
                if (!breaker.awaitRunning(receiveMillis)) {
                    continue;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            Message message = consumer.receive(receiveMillis);
            if (message == null) {
                continue;
            }
            // a redelivered message, and every message for a while after a failed batch, goes alone:
            // a failure then costs only its own message a redelivery
            if (settings.batchSize() == 1 || singlesLeft > 0 || Envelope.deliveryCount(message) > 1) {
                process(session, producer, message);
                singlesLeft = Math.max(0, singlesLeft - 1);
                continue;
            }
            List<Message> batch = new ArrayList<>(settings.batchSize());
            batch.add(message);
            while (batch.size() < settings.batchSize() && running) {
                Message next = consumer.receiveNoWait();
                if (next == null) {
                    break;
                }
                batch.add(next);
            }
            if (batch.size() == 1) {
                process(session, producer, message);
            } else if (!processBatch(session, producer, batch)) {
                singlesLeft = 2 * settings.batchSize();
            }
        }
    }

    /** A decoded message of a batch, waiting for the batch's transaction. */
    private record Pending(Envelope envelope, BusinessEvent event) {
    }

    /**
     * Handles the batch in one database transaction, then commits the JMS transaction (dead letters
     * of the batch included). Any failure rolls both back: @return false, and the messages come
     * again, to be handled one by one.
     */
    private boolean processBatch(Session session, MessageProducer producer, List<Message> batch) throws JMSException {
        long started = System.nanoTime();
        List<Pending> events = new ArrayList<>(batch.size());
        List<Decoded.Rejected> rejected = new ArrayList<>();
        List<Envelope> rejectedEnvelopes = new ArrayList<>();
        for (Message message : batch) {
            var envelope = Envelope.of(message);
            switch (decode(envelope, message)) {
                case Decoded.Rejected reason -> {
                    sendDeadLetter(session, producer, message, reason);
                    rejected.add(reason);
                    rejectedEnvelopes.add(envelope);
                }
                case Decoded.Event event -> events.add(new Pending(envelope, event.event()));
            }
        }
        List<Outcome> outcomes = new ArrayList<>(events.size());
        try {
            if (!events.isEmpty()) {
                unitOfWork.inTransaction(() -> {
                    for (Pending pending : events) {
                        MDC.put(MDC_CORRELATION_ID, pending.envelope().correlationId().value());
                        MDC.put(MDC_EVENT_ID, pending.envelope().eventId().value());
                        outcomes.add(handler.handleInCurrentTransaction(pending.event(),
                                pending.envelope().correlationId()));
                    }
                    return null;
                });
            }
        } catch (RuntimeException failure) {
            MDC.remove(MDC_CORRELATION_ID); // the batch's failure is not the last event's
            MDC.remove(MDC_EVENT_ID);
            session.rollback();
            var dependency = SystemicFailureBreaker.dependencyOf(failure);
            dependency.ifPresent(breaker::failure);
            var kind = failure instanceof ConcurrentModification ? PumpListener.Failure.CONFLICT
                    : dependency.isPresent() ? PumpListener.Failure.DEPENDENCY : PumpListener.Failure.UNEXPECTED;
            LOG.warn("A batch of {} failed ({}); rolled back, its messages come again one by one", batch.size(),
                    failure.toString());
            var took = Duration.ofNanos(System.nanoTime() - started);
            events.forEach(pending -> listener.failed(pending.envelope().eventType(), kind, took));
            return false;
        } finally {
            MDC.remove(MDC_CORRELATION_ID);
            MDC.remove(MDC_EVENT_ID);
        }
        // the database committed; now the messages: a crash in between is a redelivery, de-duplicated
        session.commit();
        var took = Duration.ofNanos(System.nanoTime() - started);
        for (int i = 0; i < rejected.size(); i++) {
            logDeadLetter(rejectedEnvelopes.get(i), rejected.get(i));
        }
        for (int i = 0; i < events.size(); i++) {
            breaker.success();
            var envelope = events.get(i).envelope();
            listener.handled(envelope.eventType(), outcomes.get(i), took, envelope.sentAt());
        }
        return true;
    }

    private void process(Session session, MessageProducer producer, Message message) throws JMSException {
        long started = System.nanoTime();
        var envelope = Envelope.of(message);
        MDC.put(MDC_CORRELATION_ID, envelope.correlationId().value());
        if (envelope.eventId() != null) {
            MDC.put(MDC_EVENT_ID, envelope.eventId().value());
        }
        try {
            switch (decode(envelope, message)) {
                case Decoded.Rejected rejected -> deadLetter(session, producer, message, envelope, rejected);
                case Decoded.Event event -> handle(session, producer, message, envelope, event.event(), started);
            }
        } finally {
            MDC.remove(MDC_CORRELATION_ID);
            MDC.remove(MDC_EVENT_ID);
        }
    }

    private Decoded decode(Envelope envelope, Message message) throws JMSException {
        if (envelope.eventType() == null) {
            return new Decoded.Rejected(DeadLetterCode.MISSING_EVENT_TYPE, "the message has no eventType property");
        }
        if (!decoders.types().contains(envelope.eventType())) {
            return decoders.decode(envelope.eventType(), envelope.eventVersion(), null, "");
        }
        if (envelope.eventId() == null) {
            return new Decoded.Rejected(DeadLetterCode.MISSING_EVENT_ID,
                    "the message has no usable eventId property (1..200 characters)");
        }
        Optional<String> body = MessageCopies.text(message);
        if (body.isEmpty()) {
            return new Decoded.Rejected(DeadLetterCode.UNDECODABLE_BODY,
                    "the body is not UTF-8 JSON text (a " + message.getClass().getSimpleName() + ")");
        }
        return decoders.decode(envelope.eventType(), envelope.eventVersion(), envelope.eventId(), body.get());
    }

    private void handle(Session session, MessageProducer producer, Message message, Envelope envelope,
                        BusinessEvent event, long started) throws JMSException {
        Outcome outcome;
        try {
            outcome = handler.handle(event, envelope.correlationId());
        } catch (ConcurrentModification conflict) {
            failed(session, producer, message, envelope, PumpListener.Failure.CONFLICT, conflict, started);
            return;
        } catch (InvalidValue refused) {
            deadLetter(session, producer, message, envelope, new Decoded.Rejected(DeadLetterCode.INVALID_BODY,
                    "the domain refused the event: " + refused.getMessage()));
            return;
        } catch (RuntimeException failure) {
            var kind = SystemicFailureBreaker.dependencyOf(failure).isPresent()
                    ? PumpListener.Failure.DEPENDENCY : PumpListener.Failure.UNEXPECTED;
            failed(session, producer, message, envelope, kind, failure, started);
            return;
        }
        // the database committed; now the message: a crash in between is a redelivery, de-duplicated
        session.commit();
        breaker.success();
        var took = Duration.ofNanos(System.nanoTime() - started);
        LOG.debug("{} {} {} in {} ms", envelope.eventType(), envelope.eventId(), outcome, took.toMillis());
        listener.handled(envelope.eventType(), outcome, took, envelope.sentAt());
    }

    private void failed(Session session, MessageProducer producer, Message message, Envelope envelope,
                        PumpListener.Failure kind, RuntimeException failure, long started) throws JMSException {
        Optional<String> dependency = SystemicFailureBreaker.dependencyOf(failure);
        boolean paused = dependency.map(breaker::failure).orElse(false);
        if (dependency.isEmpty()) {
            breaker.success(); // not systemic: it must not count towards a pause
        }
        boolean lastAttempt = envelope.deliveryCount() >= settings.maxDeliveryAttempts();
        if (lastAttempt && paused) {
            // an outage is no reason to give up on an event: back to the queue with a fresh count
            producer.send(session.createQueue(EventQueues.EVENTS), MessageCopies.copy(session, message, Set.of()),
                    DeliveryMode.PERSISTENT, message.getJMSPriority(), 0);
            session.commit();
            LOG.warn("{} {} failed on its last attempt during an outage of {}; re-queued", envelope.eventType(),
                    envelope.eventId(), dependency.get());
        } else if (lastAttempt) {
            deadLetter(session, producer, message, envelope, new Decoded.Rejected(
                    DeadLetterCode.DELIVERY_ATTEMPTS_EXHAUSTED, "failed on all " + envelope.deliveryCount()
                    + " attempts; last error: " + failure));
            return;
        } else {
            session.rollback();
            if (kind == PumpListener.Failure.UNEXPECTED) {
                LOG.error("{} {} failed (attempt {}); rolled back for redelivery", envelope.eventType(),
                        envelope.eventId(), envelope.deliveryCount(), failure);
            } else {
                LOG.warn("{} {} failed (attempt {}): {}; rolled back for redelivery", envelope.eventType(),
                        envelope.eventId(), envelope.deliveryCount(), failure.getMessage());
            }
        }
        listener.failed(envelope.eventType(), kind, Duration.ofNanos(System.nanoTime() - started));
    }

    private void deadLetter(Session session, MessageProducer producer, Message message, Envelope envelope,
                            Decoded.Rejected rejected) throws JMSException {
        sendDeadLetter(session, producer, message, rejected);
        session.commit();
        logDeadLetter(envelope, rejected);
    }

    /** Sends the dead-lettered copy within the session's transaction; the caller commits. */
    private void sendDeadLetter(Session session, MessageProducer producer, Message message, Decoded.Rejected rejected)
            throws JMSException {
        producer.send(session.createQueue(EventQueues.DEAD_LETTERS),
                MessageCopies.deadLetterCopy(session, message, rejected, clock.instant()), DeliveryMode.PERSISTENT,
                message.getJMSPriority(), 0);
    }

    private void logDeadLetter(Envelope envelope, Decoded.Rejected rejected) {
        LOG.warn("{} {} (correlation {}) dead-lettered: {}", envelope.eventType(), envelope.eventId(),
                envelope.correlationId(), rejected.reason());
        listener.deadLettered(envelope.eventType() == null ? "" : envelope.eventType(), rejected.code());
    }

    private void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (JMSException | RuntimeException e) {
            LOG.debug("closing a consumer connection: {}", e.toString());
        }
    }
}
