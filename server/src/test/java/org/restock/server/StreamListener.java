package org.restock.server;

import com.launchdarkly.eventsource.ConnectStrategy;
import com.launchdarkly.eventsource.ErrorStrategy;
import com.launchdarkly.eventsource.EventSource;
import com.launchdarkly.eventsource.MessageEvent;
import com.launchdarkly.eventsource.background.BackgroundEventHandler;
import com.launchdarkly.eventsource.background.BackgroundEventSource;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** An SSE client (okhttp-eventsource) that keeps what it received, for assertions. */
final class StreamListener implements BackgroundEventHandler, AutoCloseable {

    record Received(String id, String event, String data) {
    }

    final List<Received> events = new CopyOnWriteArrayList<>();
    final List<String> comments = new CopyOnWriteArrayList<>();
    volatile boolean open;
    private final BackgroundEventSource source;

    private StreamListener(URI base, String user, String lastEventId) {
        var connect = ConnectStrategy.http(base.resolve("/api/v1/suggestions/stream"))
                .header("Authorization", TestServer.basic(user))
                .readTimeout(1, TimeUnit.MINUTES);
        var builder = new EventSource.Builder(connect)
                .errorStrategy(ErrorStrategy.alwaysContinue())
                .retryDelay(100, TimeUnit.MILLISECONDS);
        if (lastEventId != null) {
            builder.lastEventId(lastEventId);
        }
        this.source = new BackgroundEventSource.Builder(this, builder).build();
        source.start();
    }

    static StreamListener open(URI base, String user, String lastEventId) {
        return new StreamListener(base, user, lastEventId);
    }

    List<String> ids() {
        return events.stream().map(Received::id).toList();
    }

    @Override
    public void onOpen() {
        open = true;
    }

    @Override
    public void onClosed() {
        open = false;
    }

    @Override
    public void onMessage(String event, MessageEvent message) {
        events.add(new Received(message.getLastEventId(), event, message.getData()));
    }

    @Override
    public void onComment(String comment) {
        comments.add(comment.trim());
    }

    @Override
    public void onError(Throwable error) {
        // reconnects by itself (alwaysContinue)
    }

    @Override
    public void close() {
        source.close();
    }
}
