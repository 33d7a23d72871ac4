package org.restock.server.sse;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.restock.domain.suggestion.SuggestionChange;
import org.restock.domain.suggestion.SuggestionChanges;
import org.restock.server.config.RestockSettings.StreamSettings;
import org.restock.server.http.Json;
import org.restock.server.http.SuggestionViews;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live stream's engine: one poller reads the change feed (which every server instance writes
 * to, so changes made elsewhere arrive too), renders each change once as an SSE event and offers
 * it to every connected client's bounded queue.
 */
public final class SuggestionStream implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SuggestionStream.class);

    private final SuggestionChanges changes;
    private final SuggestionViews views;
    private final Json json;
    private final StreamSettings settings;
    private final Set<StreamClient> clients = ConcurrentHashMap.newKeySet();
    private final AtomicLong clientNumbers = new AtomicLong();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("suggestion-stream-poller").daemon(true).factory());
    private volatile long lastSeen;
    private volatile boolean failing;

    public SuggestionStream(SuggestionChanges changes, SuggestionViews views, Json json, StreamSettings settings) {
        this.changes = changes;
        this.views = views;
        this.json = json;
        this.settings = settings;
    }

    public void start() {
        lastSeen = changes.latestSequence();
        long every = Math.max(10, settings.pollInterval().toMillis());
        poller.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
    }

    StreamSettings settings() {
        return settings;
    }

    public int clientCount() {
        return clients.size();
    }

    StreamClient connect() {
        StreamClient client = new StreamClient("client-" + clientNumbers.incrementAndGet(), settings.clientQueue());
        clients.add(client);
        return client;
    }

    void disconnect(StreamClient client) {
        clients.remove(client);
    }

    /** Every change after {@code after}, rendered, in order: a reconnecting client's catch-up. */
    long replay(long after, Consumer<StreamClient.Event> out) {
        long cursor = after;
        while (true) {
            List<SuggestionChange> batch = changes.since(cursor, settings.batch());
            for (SuggestionChange change : batch) {
                out.accept(render(change));
                cursor = change.sequence();
            }
            if (batch.size() < settings.batch()) {
                return cursor;
            }
        }
    }

    void poll() {
        try {
            while (true) {
                List<SuggestionChange> batch = changes.since(lastSeen, settings.batch());
                for (SuggestionChange change : batch) {
                    StreamClient.Event event = render(change);
                    for (StreamClient client : clients) {
                        client.offer(event);
                        if (client.overflowed()) {
                            LOG.info("stream {} fell more than {} events behind: closing it; it resumes by Last-Event-ID",
                                    client.name(), settings.clientQueue());
                            clients.remove(client);
                        }
                    }
                    lastSeen = change.sequence();
                }
                if (failing) {
                    LOG.info("change feed readable again at sequence {}", lastSeen);
                    failing = false;
                }
                if (batch.size() < settings.batch()) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warn("cannot read the change feed after sequence {}: {}", lastSeen, e.toString());
                failing = true;
            }
        }
    }

    StreamClient.Event render(SuggestionChange change) {
        String type;
        String data;
        if (change.state().isPresent()) {
            type = "suggestion";
            data = json.text(views.view(change.state().get()));
        } else {
            type = "suggestion-removed";
            data = json.text(new Removed(change.suggestionId().value()));
        }
        return new StreamClient.Event(change.sequence(),
                "id: " + change.sequence() + "\nevent: " + type + "\ndata: " + data + "\n\n");
    }

    record Removed(String id) {
    }

    /** Ends every stream (shutdown): their handlers return, so the web server can stop. */
    @Override
    public void close() {
        poller.shutdown(); // a poll under way finishes: interrupting it would fail its database call
        clients.forEach(StreamClient::end);
        clients.clear();
        try {
            if (!poller.awaitTermination(5, TimeUnit.SECONDS)) {
                poller.shutdownNow();
            }
        } catch (InterruptedException e) {
            poller.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
