package org.restock.server.sse;

import io.helidon.http.HeaderName;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.restock.server.http.ProblemException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/v1/suggestions/stream}: server-sent events written by hand on the streaming
 * response (no SSE module on this Helidon line; ADR 0004, 0061). Registers with the stream first, then
 * replays what the client missed since {@code Last-Event-ID}, then forwards live events, skipping
 * those the replay already sent; a comment every heartbeat keeps proxies open.
 */
public final class SuggestionStreamHttpService implements HttpService {

    static final HeaderName LAST_EVENT_ID = HeaderNames.create("Last-Event-ID");
    private static final Logger LOG = LoggerFactory.getLogger(SuggestionStreamHttpService.class);

    private final SuggestionStream stream;

    public SuggestionStreamHttpService(SuggestionStream stream) {
        this.stream = stream;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/stream", this::stream);
    }

    private void stream(ServerRequest req, ServerResponse res) {
        Optional<Long> lastEventId = lastEventId(req);
        res.header(HeaderNames.CONTENT_TYPE, "text/event-stream; charset=utf-8");
        res.header(HeaderNames.CACHE_CONTROL, "no-cache");
        res.header(HeaderNames.create("X-Accel-Buffering"), "no");
        StreamClient client = stream.connect();
        try (OutputStream out = res.outputStream()) {
            write(out, ": connected\n\n");
            long cursor = lastEventId.map(after -> stream.replay(after, event -> write(out, event.text())))
                    .orElse(Long.MIN_VALUE);
            while (true) {
                StreamClient.Event event = client.next(stream.settings().heartbeat());
                if (event == null) {
                    write(out, ": heartbeat\n\n");
                } else if (event == StreamClient.Event.END) {
                    return;
                } else if (event.sequence() > cursor) {
                    write(out, event.text());
                    cursor = event.sequence();
                }
            }
        } catch (UncheckedIOException | IOException e) {
            LOG.debug("stream {} closed by the client: {}", client.name(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stream.disconnect(client);
        }
    }

    private static Optional<Long> lastEventId(ServerRequest req) {
        Optional<String> raw = req.headers().first(LAST_EVENT_ID).map(String::trim).filter(v -> !v.isEmpty());
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            long value = Long.parseLong(raw.get());
            if (value < 0) {
                throw ProblemException.badRequest("Last-Event-ID", "not negative, was " + value);
            }
            return Optional.of(value);
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("Last-Event-ID", "a change sequence number, was '" + raw.get() + "'");
        }
    }

    private static void write(OutputStream out, String text) {
        try {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
