package org.restock.adapters.purchaseorders;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A purchase-order service on a real port (Helidon WebServer), speaking the contract of
 * docs/integrations/purchase-order-service.md: it records every request, answers from a script
 * (then 200), and applies each Idempotency-Key once, answering a repeat with the first answer.
 */
public final class PurchaseOrderServiceStub implements AutoCloseable {

    /** One answer the stub gives. */
    public record Answer(int status, String body, Map<String, String> headers, Duration delay) {
        public static Answer of(int status) {
            return new Answer(status, "", Map.of(), Duration.ZERO);
        }

        public static Answer problem(int status, String detail) {
            return new Answer(status, "{\"type\":\"about:blank\",\"title\":\"Rejected\",\"status\":" + status
                    + ",\"detail\":\"" + detail + "\"}", Map.of("Content-Type", "application/problem+json"),
                    Duration.ZERO);
        }

        public Answer withHeader(String name, String value) {
            Map<String, String> more = new HashMap<>(headers);
            more.put(name, value);
            return new Answer(status, body, more, delay);
        }

        public Answer after(Duration wait) {
            return new Answer(status, body, headers, wait);
        }
    }

    /** One request as it arrived. */
    public record Received(String method, String path, Optional<String> idempotencyKey, String contentType,
                           String body) {
    }

    private final WebServer server;
    private final List<Received> received = new ArrayList<>();
    private final Deque<Answer> script = new ArrayDeque<>();
    private final Map<String, Answer> answeredByKey = new LinkedHashMap<>();
    private final Map<String, String> orders = new HashMap<>();
    private Optional<Answer> always = Optional.empty();
    private Runnable whileUpdating = () -> { };

    public PurchaseOrderServiceStub() {
        server = WebServer.builder()
                .port(0)
                .routing(routing -> routing
                        .get("/health", (req, res) -> res.send("{\"status\":\"UP\"}"))
                        .get("/purchase-orders/{id}", this::fetch)
                        .post("/purchase-orders/{id}/lines/{line}/{action}", this::update)
                        .any(this::unknown))
                .build()
                .start();
    }

    public URI baseUrl() {
        return URI.create("http://localhost:" + server.port());
    }

    public synchronized void script(Answer... answers) {
        script.addAll(List.of(answers));
    }

    /** Every request is answered so until {@link #recover()}. */
    public synchronized void answerAlways(Answer answer) {
        always = Optional.of(answer);
    }

    public synchronized void recover() {
        always = Optional.empty();
        script.clear();
    }

    /** Runs on the server's thread for each update, after the change is taken and before the answer goes out. */
    public synchronized void whileUpdating(Runnable action) {
        whileUpdating = action;
    }

    public synchronized void putOrder(String id, String json) {
        orders.put(id, json);
    }

    public synchronized List<Received> received() {
        return List.copyOf(received);
    }

    /** The changes made: one per idempotency key that got a 2xx. */
    public synchronized List<String> appliedKeys() {
        return answeredByKey.entrySet().stream().filter(e -> e.getValue().status() / 100 == 2).map(Map.Entry::getKey)
                .toList();
    }

    private void unknown(ServerRequest req, ServerResponse res) {
        synchronized (this) {
            received.add(new Received(req.prologue().method().text(), req.path().rawPath(), Optional.empty(), "", ""));
        }
        respond(res, Answer.problem(404, "no such resource"));
    }

    private void fetch(ServerRequest req, ServerResponse res) {
        String id = req.path().pathParameters().get("id");
        Answer answer;
        String order;
        synchronized (this) {
            received.add(new Received("GET", req.path().path(), Optional.empty(), "", ""));
            answer = nextScripted();
            order = orders.get(id);
        }
        if (answer != null) {
            respond(res, answer);
        } else if (order == null) {
            respond(res, Answer.problem(404, "no purchase order " + id));
        } else {
            respond(res, new Answer(200, order, Map.of("Content-Type", "application/json"), Duration.ZERO));
        }
    }

    private void update(ServerRequest req, ServerResponse res) {
        String body = req.content().as(String.class);
        Optional<String> key = req.headers().first(HeaderNames.create("Idempotency-Key"));
        String contentType = req.headers().first(HeaderNames.CONTENT_TYPE).orElse("");
        Answer answer;
        Runnable during;
        synchronized (this) {
            received.add(new Received("POST", req.path().path(), key, contentType, body));
            // A script says exactly what happens next; a service that is down answers so to everyone;
            // otherwise a key applied before gets its first answer again and changes nothing. A refusal
            // is not remembered: the same key may be tried again once its cause is fixed.
            Answer scripted = nextScripted();
            Answer repeat = key.map(answeredByKey::get).orElse(null);
            answer = scripted != null ? scripted : repeat != null ? repeat : Answer.of(204);
            if (repeat == null && key.isPresent() && answer.status() / 100 == 2) {
                answeredByKey.put(key.get(), answer.after(Duration.ZERO));
            }
            during = whileUpdating;
        }
        during.run();
        respond(res, answer);
    }

    private Answer nextScripted() {
        Answer scripted = script.poll();
        return scripted != null ? scripted : always.orElse(null);
    }

    private static void respond(ServerResponse res, Answer answer) {
        if (!answer.delay().isZero()) {
            try {
                Thread.sleep(answer.delay());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        answer.headers().forEach((name, value) -> res.header(name, value));
        res.status(Status.create(answer.status()));
        if (answer.body().isEmpty()) {
            res.send();
        } else {
            res.send(answer.body());
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
