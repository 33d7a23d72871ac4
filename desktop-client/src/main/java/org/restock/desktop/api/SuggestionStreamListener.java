package org.restock.desktop.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.launchdarkly.eventsource.ConnectStrategy;
import com.launchdarkly.eventsource.ErrorStrategy;
import com.launchdarkly.eventsource.EventSource;
import com.launchdarkly.eventsource.MessageEvent;
import com.launchdarkly.eventsource.StreamHttpErrorException;
import com.launchdarkly.eventsource.background.BackgroundEventHandler;
import com.launchdarkly.eventsource.background.BackgroundEventSource;
import com.launchdarkly.logging.LDLogger;
import com.launchdarkly.logging.LDSLF4J;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The live stream over server-sent events (okhttp-eventsource). The library keeps the last event
 * id it saw and sends it as {@code Last-Event-ID} on every reconnect, so nothing is missed; its
 * error strategy is set to always continue, as the default gives up on the first error.
 */
public final class SuggestionStreamListener implements SuggestionFeed {

    private static final Logger LOG = LoggerFactory.getLogger(SuggestionStreamListener.class);

    private final ServerAddress server;
    private final Duration retryDelay;
    private final ObjectMapper json = Json.mapper();

    public SuggestionStreamListener(ServerAddress server, Duration retryDelay) {
        this.server = server;
        this.retryDelay = retryDelay;
    }

    @Override
    public Subscription subscribe(long afterSequence, Listener listener) {
        EventSource.Builder stream = new EventSource.Builder(
                ConnectStrategy.http(server.api("/suggestions/stream"))
                        .header("Authorization", server.authorization())
                        .header("Accept", "text/event-stream")
                        // Heartbeats come every 15 s; three missed ones mean the connection is gone.
                        .readTimeout(45, TimeUnit.SECONDS)
                        .connectTimeout(5, TimeUnit.SECONDS))
                .errorStrategy(ErrorStrategy.alwaysContinue())
                .retryDelay(retryDelay.toMillis(), TimeUnit.MILLISECONDS)
                .logger(LDLogger.withAdapter(LDSLF4J.adapter(), SuggestionStreamListener.class.getName()));
        if (afterSequence >= 0) {
            stream.lastEventId(Long.toString(afterSequence));
        }
        BackgroundEventSource source = new BackgroundEventSource.Builder(new Handler(listener), stream)
                .threadBaseName("restock-stream")
                .build();
        source.start();
        return source::close;
    }

    private final class Handler implements BackgroundEventHandler {
        private final Listener listener;

        Handler(Listener listener) {
            this.listener = listener;
        }

        @Override
        public void onOpen() {
            listener.opened();
        }

        @Override
        public void onClosed() {
            listener.lost("the server closed the stream");
        }

        @Override
        public void onMessage(String event, MessageEvent message) {
            long sequence;
            try {
                sequence = Long.parseLong(message.getLastEventId());
            } catch (NumberFormatException e) {
                LOG.warn("Ignoring a '{}' event without a numeric id: {}", event, message.getLastEventId());
                return;
            }
            try {
                JsonNode data = json.readTree(message.getData());
                switch (event) {
                    case "suggestion" -> listener.changed(sequence, json.treeToValue(data, Suggestion.class));
                    case "suggestion-removed" -> listener.removed(sequence, data.path("id").asText());
                    default -> LOG.debug("Ignoring an unknown '{}' event", event);
                }
            } catch (java.io.IOException | IllegalArgumentException e) {
                LOG.warn("Ignoring event {} that this client cannot read: {}", sequence, e.getMessage());
            }
        }

        @Override
        public void onComment(String comment) {
            // heartbeats keep the connection open; nothing to do
        }

        @Override
        public void onError(Throwable error) {
            String why = error instanceof StreamHttpErrorException http
                    ? (http.getCode() == 401 ? "the server no longer accepts the password" : "the server answered HTTP " + http.getCode())
                    : error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
            listener.lost(why);
        }
    }
}
