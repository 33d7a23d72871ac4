package org.restock.desktop.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.restock.desktop.api.Json;
import org.restock.desktop.api.Suggestion;
import org.restock.desktop.api.SuggestionStatus;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small real HTTP server that speaks the Restock contract (docs/api/rest.md) over an in-memory
 * set of suggestions, with a live stream that replays from {@code Last-Event-ID}. Accepted
 * suggestions walk SUBMITTING → PO_UPDATED → HANDLED on their own (or fail, when told to).
 */
public final class ContractServer implements AutoCloseable {

    public static final String USER = "planner";
    public static final String PASSWORD = "planner";

    private static final Pattern ONE = Pattern.compile("/api/v1/suggestions/([^/]+)(/(accept|dismiss|snooze|resend))?");

    private final ObjectMapper json = Json.mapper();
    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool(daemon("contract-http"));
    private final ScheduledExecutorService workflow = Executors.newSingleThreadScheduledExecutor(daemon("contract-workflow"));
    private final Map<String, Suggestion> suggestions = new LinkedHashMap<>();
    private final List<Change> changes = new ArrayList<>();
    private final List<Stream> streams = new CopyOnWriteArrayList<>();
    private final List<String> lastEventIds = new CopyOnWriteArrayList<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private long sequence = 100;
    private long workflowStepMillis = 300;
    private String failNextAcceptWith;

    private record Change(long sequence, String event, String data) {
    }

    private static final class Stream {
        final LinkedBlockingQueue<String> frames = new LinkedBlockingQueue<>();
        volatile boolean dropped;
    }

    public ContractServer(Collection<Suggestion> initial) throws IOException {
        initial.forEach(s -> suggestions.put(s.id(), s));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
        server.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    // ---- what tests do to the server -------------------------------------------------------

    /** Stores {@code suggestion} (new or changed) and pushes it to every stream. */
    public synchronized long push(Suggestion suggestion) {
        suggestions.put(suggestion.id(), suggestion);
        return publish("suggestion", write(suggestion));
    }

    public synchronized long remove(String id) {
        suggestions.remove(id);
        return publish("suggestion-removed", "{\"id\":\"" + id + "\"}");
    }

    public synchronized Suggestion get(String id) {
        return suggestions.get(id);
    }

    /** The next accept fails at the purchase-order step with {@code reason}. */
    public synchronized void failNextAccept(String reason) {
        failNextAcceptWith = reason;
    }

    public synchronized void workflowStep(long millis) {
        workflowStepMillis = millis;
    }

    /** Ends every open stream, as a restarted proxy would; clients reconnect. */
    public void dropStreams() {
        for (Stream stream : streams) {
            stream.dropped = true;
            stream.frames.add("");
        }
    }

    public List<String> lastEventIdsSeen() {
        return List.copyOf(lastEventIds);
    }

    public List<String> requests() {
        return List.copyOf(requests);
    }

    public int openStreams() {
        return streams.size();
    }

    public synchronized long latestSequence() {
        return sequence;
    }

    private long publish(String event, String data) {
        sequence++;
        changes.add(new Change(sequence, event, data));
        String frame = frame(sequence, event, data);
        streams.forEach(s -> s.frames.add(frame));
        return sequence;
    }

    private static String frame(long id, String event, String data) {
        return "id: " + id + "\nevent: " + event + "\ndata: " + data + "\n\n";
    }

    // ---- HTTP ------------------------------------------------------------------------------

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            requests.add(method + " " + path + ifMatch(exchange));
            if (!authorised(exchange)) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"restock\"");
                problem(exchange, 401, "unauthorized", "Unauthorized", "Sign in with a user and password", null);
                return;
            }
            if (method.equals("GET") && path.equals("/api/v1/me")) {
                send(exchange, 200, "{\"user\":\"" + USER + "\",\"roles\":[\"planner\"]}");
            } else if (method.equals("GET") && path.equals("/api/v1/operations")) {
                send(exchange, 200, "{\"eventsHandled\":{\"StockLevelChanged\":1204,\"PurchaseOrderChanged\":311,"
                        + "\"PurchaseOrderCreated\":87,\"ProductInformationChanged\":42},"
                        + "\"handlingLatencyMs\":{\"p50\":1.2,\"p99\":8.0},\"deadLetters\":2,"
                        + "\"health\":{\"database\":\"UP\",\"broker\":\"UP\",\"purchaseOrderService\":\"DOWN\",\"smtp\":\"UP\"},"
                        + "\"alerts\":[{\"severity\":\"WARNING\",\"message\":\"purchase-order service unhealthy for 30 min\","
                        + "\"since\":\"2026-11-24T08:30:00Z\"}]}");
            } else if (method.equals("GET") && path.equals("/api/v1/suggestions")) {
                list(exchange);
            } else if (method.equals("GET") && path.equals("/api/v1/suggestions/stream")) {
                stream(exchange);
            } else if (method.equals("POST") && path.equals("/api/v1/suggestions/accept")) {
                bulkAccept(exchange);
            } else {
                Matcher one = ONE.matcher(path);
                if (one.matches() && method.equals("GET") && one.group(2) == null) {
                    detail(exchange, one.group(1));
                } else if (one.matches() && method.equals("POST") && one.group(3) != null) {
                    action(exchange, one.group(1), one.group(3));
                } else {
                    problem(exchange, 404, "not-found", "Not found", "no route " + method + " " + path, null);
                }
            }
        } catch (RuntimeException e) {
            problem(exchange, 500, "internal", "Internal error", e.toString(), null);
        }
    }

    private static String ifMatch(HttpExchange exchange) {
        String value = exchange.getRequestHeaders().getFirst("If-Match");
        return value == null ? "" : " If-Match " + value;
    }

    private static boolean authorised(HttpExchange exchange) {
        String expected = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return expected.equals(exchange.getRequestHeaders().getFirst("Authorization"));
    }

    private void list(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI());
        int page = Integer.parseInt(query.getOrDefault("page", "0"));
        int size = Integer.parseInt(query.getOrDefault("size", "50"));
        ObjectNode answer = json.createObjectNode();
        synchronized (this) {
            List<Suggestion> all = new ArrayList<>(suggestions.values());
            ArrayNode items = answer.putArray("items");
            all.stream().skip((long) page * size).limit(size).forEach(s -> items.add(json.valueToTree(s)));
            answer.put("total", all.size());
            answer.put("page", page);
            answer.put("size", size);
            answer.put("latestSequence", sequence);
        }
        send(exchange, 200, answer.toString());
    }

    private void detail(HttpExchange exchange, String id) throws IOException {
        Suggestion s = get(id);
        if (s == null) {
            problem(exchange, 404, "not-found", "Not found", "no suggestion " + id, null);
            return;
        }
        ObjectNode answer = json.valueToTree(s);
        ObjectNode line = answer.putObject("line");
        line.put("orderedQty", 500).put("receivedQty", 0).put("expectedDelivery", "2027-03-12")
                .put("status", "OPEN").put("orderVersion", 3).put("orderedOn", "2026-10-02");
        ObjectNode product = answer.putObject("product");
        product.put("name", s.productName()).put("onHand", 120).put("safetyStock", 40).put("reorderLevel", 80)
                .put("leadTimeDays", 21).put("minOrderQty", 48).put("demandPerDay", 4.5).put("unitCost", 5.15)
                .put("discontinued", false);
        ArrayNode history = answer.putArray("history");
        history.addObject().put("at", s.createdAt().toString()).put("action", "CREATED")
                .put("detail", "the " + s.kind() + " rule fired").put("correlationId", "c-1");
        if (s.status() != SuggestionStatus.OPEN) {
            history.addObject().put("at", Instant.now().toString()).put("action", s.status().name())
                    .put("detail", s.statusReason() == null ? "" : s.statusReason()).put("correlationId", "c-2");
        }
        exchange.getResponseHeaders().add("ETag", "\"" + s.version() + "\"");
        send(exchange, 200, answer.toString());
    }

    private void action(HttpExchange exchange, String id, String verb) throws IOException {
        JsonNode body = json.readTree(exchange.getRequestBody().readAllBytes());
        Suggestion answer;
        synchronized (this) {
            Suggestion s = suggestions.get(id);
            if (s == null) {
                problem(exchange, 404, "not-found", "Not found", "no suggestion " + id, null);
                return;
            }
            String seen = exchange.getRequestHeaders().getFirst("If-Match");
            if (seen == null || !seen.equals("\"" + s.version() + "\"")) {
                problem(exchange, 409, "stale-version", "Stale version",
                        "suggestion " + id + " is at version " + s.version() + ", you saw " + seen, s);
                return;
            }
            boolean allowed = switch (verb) {
                case "resend" -> s.status() == SuggestionStatus.FAILED;
                default -> s.status() == SuggestionStatus.OPEN;
            };
            if (!allowed) {
                problem(exchange, 409, "not-allowed", "Not allowed", "cannot " + verb + ": the suggestion is " + s.status()
                        + (s.statusReason() == null ? "" : " (" + s.statusReason() + ")"), s);
                return;
            }
            answer = switch (verb) {
                case "accept", "resend" -> SuggestionMother.moved(s, SuggestionStatus.SUBMITTING, null);
                case "dismiss" -> SuggestionMother.moved(s, SuggestionStatus.DISMISSED, body.path("reason").asText());
                default -> SuggestionMother.snoozed(s, LocalDate.parse(body.path("until").asText()));
            };
            push(answer);
            if (answer.status() == SuggestionStatus.SUBMITTING) {
                runWorkflow(answer.id());
            }
        }
        send(exchange, verb.equals("accept") || verb.equals("resend") ? 202 : 200, write(answer));
    }

    private void bulkAccept(HttpExchange exchange) throws IOException {
        JsonNode body = json.readTree(exchange.getRequestBody().readAllBytes());
        ObjectNode answer = json.createObjectNode();
        ArrayNode results = answer.putArray("results");
        synchronized (this) {
            for (JsonNode item : body.path("items")) {
                String id = item.path("id").asText();
                Suggestion s = suggestions.get(id);
                ObjectNode result = results.addObject().put("id", id);
                if (s == null) {
                    result.put("outcome", "NOT_FOUND").put("detail", "no suggestion " + id);
                } else if (s.version() != item.path("version").asLong()) {
                    result.put("outcome", "STALE_VERSION").put("detail", "changed meanwhile").set("suggestion", json.valueToTree(s));
                } else if (s.status() != SuggestionStatus.OPEN) {
                    result.put("outcome", "NOT_ALLOWED").put("detail", "the suggestion is " + s.status()).set("suggestion", json.valueToTree(s));
                } else {
                    Suggestion submitting = SuggestionMother.moved(s, SuggestionStatus.SUBMITTING, null);
                    push(submitting);
                    runWorkflow(id);
                    result.put("outcome", "ACCEPTED").set("suggestion", json.valueToTree(submitting));
                }
            }
        }
        send(exchange, 202, answer.toString());
    }

    private void runWorkflow(String id) {
        String failure = failNextAcceptWith;
        failNextAcceptWith = null;
        long step = workflowStepMillis;
        if (failure != null) {
            workflow.schedule(() -> advance(id, SuggestionStatus.SUBMITTING, SuggestionStatus.FAILED, failure), step, TimeUnit.MILLISECONDS);
            return;
        }
        workflow.schedule(() -> advance(id, SuggestionStatus.SUBMITTING, SuggestionStatus.PO_UPDATED, null), step, TimeUnit.MILLISECONDS);
        workflow.schedule(() -> advance(id, SuggestionStatus.PO_UPDATED, SuggestionStatus.HANDLED, null), 2 * step, TimeUnit.MILLISECONDS);
    }

    private synchronized void advance(String id, SuggestionStatus from, SuggestionStatus to, String reason) {
        Suggestion s = suggestions.get(id);
        if (s != null && s.status() == from) {
            push(SuggestionMother.moved(s, to, reason));
        }
    }

    private void stream(HttpExchange exchange) throws IOException {
        String lastEventId = exchange.getRequestHeaders().getFirst("Last-Event-ID");
        lastEventIds.add(lastEventId == null ? "" : lastEventId);
        long after = lastEventId == null || lastEventId.isBlank() ? Long.MAX_VALUE : Long.parseLong(lastEventId.strip());
        Stream stream = new Stream();
        List<String> replay = new ArrayList<>();
        synchronized (this) {
            for (Change change : changes) {
                if (change.sequence() > after) {
                    replay.add(frame(change.sequence(), change.event(), change.data()));
                }
            }
            streams.add(stream);
        }
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().add("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(": connected\n\n".getBytes(StandardCharsets.UTF_8));
            for (String frame : replay) {
                out.write(frame.getBytes(StandardCharsets.UTF_8));
            }
            out.flush();
            while (!stream.dropped) {
                String frame = stream.frames.poll(1, TimeUnit.SECONDS);
                if (stream.dropped) {
                    break;
                }
                out.write((frame == null ? ": heartbeat\n\n" : frame).getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
        } catch (IOException e) {
            // the client went away
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            streams.remove(stream);
        }
    }

    private void problem(HttpExchange exchange, int status, String type, String title, String detail, Suggestion s) throws IOException {
        ObjectNode body = json.createObjectNode();
        body.put("type", "https://restock.example/problems/" + type).put("title", title).put("status", status)
                .put("detail", detail).put("instance", exchange.getRequestURI().getPath()).put("correlationId", "c-test");
        if (s != null) {
            body.set("suggestion", json.valueToTree(s));
        }
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("X-Correlation-Id", "c-test");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private String write(Suggestion s) {
        return json.valueToTree(s).toString();
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return values;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        dropStreams();
        server.stop(0);
        workflow.shutdownNow();
        handlers.shutdownNow();
    }
}
