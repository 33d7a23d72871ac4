package org.restock.publisher;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends an {@link EventStream} to {@code restock.events} through a JMS connection factory: either
 * a given number as fast as asked ({@link #publish}), or in the background at a steady rate until
 * stopped ({@link #start}) — the server's demo feed. Messages are persistent and sent in small
 * transactions (one per batch), which keeps a fast run from waiting on one disk sync per message.
 */
public final class EventPublisher implements AutoCloseable {

    public static final String QUEUE = "restock.events";
    private static final Logger LOG = LoggerFactory.getLogger(EventPublisher.class);
    private static final int MAX_BATCH = 100;

    private final ConnectionFactory connections;
    private final EventStream stream;
    private final AtomicLong sent = new AtomicLong();
    private volatile double eventsPerSecond;
    private volatile boolean running;
    private Thread feeder;
    private final Object pace = new Object();

    public EventPublisher(ConnectionFactory connections, EventStream stream, double eventsPerSecond) {
        this.connections = connections;
        this.stream = stream;
        setRate(eventsPerSecond);
    }

    /** Events per second; 0 or less means as fast as the broker takes them. */
    public void setRate(double perSecond) {
        this.eventsPerSecond = perSecond;
    }

    public double rate() {
        return eventsPerSecond;
    }

    public long sent() {
        return sent.get();
    }

    public boolean isRunning() {
        return running;
    }

    /** Sends {@code count} events at the current rate and returns when they are on the broker. */
    public void publish(long count) throws JMSException {
        try (Connection connection = connections.createConnection()) {
            var session = connection.createSession(true, Session.SESSION_TRANSACTED);
            var producer = session.createProducer(session.createQueue(QUEUE));
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            long started = System.nanoTime();
            long done = 0;
            while (done < count) {
                long due = dueBy(started, System.nanoTime());
                if (due <= done) {
                    pause(started, done + 1);
                    continue;
                }
                int batch = (int) Math.min(MAX_BATCH, Math.min(count - done, due - done));
                sendBatch(session, producer, batch);
                done += batch;
            }
        }
    }

    /** Starts the background feed at the current rate (a rate of 0 or less is taken as 1 per second). */
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        feeder = Thread.ofPlatform().name("restock-event-feed").daemon(true).start(this::feed);
        LOG.info("Event feed started at {} events/s", eventsPerSecond);
    }

    public synchronized void stop() {
        running = false;
        if (feeder != null) {
            // no interrupt: a send or commit in progress finishes, so sent() stays exact
            synchronized (pace) {
                pace.notifyAll();
            }
            try {
                feeder.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            feeder = null;
            LOG.info("Event feed stopped after {} events", sent.get());
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void feed() {
        while (running) {
            try (Connection connection = connections.createConnection()) {
                var session = connection.createSession(true, Session.SESSION_TRANSACTED);
                var producer = session.createProducer(session.createQueue(QUEUE));
                producer.setDeliveryMode(DeliveryMode.PERSISTENT);
                while (running) {
                    double rate = eventsPerSecond > 0 ? eventsPerSecond : 1;
                    sendBatch(session, producer, 1);
                    synchronized (pace) {
                        if (running) {
                            pace.wait(Math.max(1, Math.round(1000 / rate)));
                        }
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (JMSException | RuntimeException e) {
                if (running) {
                    LOG.warn("Event feed lost the broker ({}); retrying in 2 s", e.toString());
                    try {
                        synchronized (pace) {
                            pace.wait(2_000);
                        }
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }

    private void sendBatch(Session session, MessageProducer producer, int batch) throws JMSException {
        for (int i = 0; i < batch; i++) {
            OutboundEvent event = stream.next();
            var message = session.createTextMessage(event.body());
            message.setStringProperty("eventType", event.eventType());
            message.setIntProperty("eventVersion", event.eventVersion());
            message.setStringProperty("eventId", event.eventId());
            message.setStringProperty("correlationId", event.correlationId());
            message.setStringProperty("JMSXGroupID", event.groupId());
            producer.send(message);
        }
        session.commit();
        sent.addAndGet(batch);
    }

    /** How many events should have gone by {@code now} at the current rate. */
    private long dueBy(long started, long now) {
        double rate = eventsPerSecond;
        return rate <= 0 ? Long.MAX_VALUE : (long) ((now - started) / 1e9 * rate) + 1;
    }

    private void pause(long started, long upTo) {
        double rate = eventsPerSecond;
        long wakeAt = started + (long) (upTo / rate * 1e9);
        long millis = Math.max(1, (wakeAt - System.nanoTime()) / 1_000_000);
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while publishing", e);
        }
    }
}
