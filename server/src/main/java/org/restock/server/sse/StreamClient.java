package org.restock.server.sse;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One connected stream client: a bounded queue the poller offers to without ever waiting. A client
 * that falls a whole queue behind is cut off (it reconnects with Last-Event-ID and catches up from
 * the change feed), so one slow client never slows the poller or the others.
 */
final class StreamClient {

    /** One rendered event, or the end of the stream. */
    record Event(long sequence, String text) {
        static final Event END = new Event(Long.MAX_VALUE, "");
    }

    private final BlockingQueue<Event> queue;
    private final String name;
    private volatile boolean overflowed;

    StreamClient(String name, int capacity) {
        this.name = name;
        this.queue = new ArrayBlockingQueue<>(capacity + 1); // the one extra slot is for END
    }

    /** Never blocks. */
    void offer(Event event) {
        if (overflowed) {
            return;
        }
        if (!queue.offer(event)) {
            overflowed = true;
            queue.clear();
            queue.offer(Event.END);
        }
    }

    void end() {
        queue.clear();
        queue.offer(Event.END);
    }

    /** The next event, or null when none came within {@code wait}. */
    Event next(Duration wait) throws InterruptedException {
        return queue.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    boolean overflowed() {
        return overflowed;
    }

    String name() {
        return name;
    }
}
