package org.restock.desktop.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.net.ssl.SSLException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The server's HTTP API (docs/api/rest.md) over the JDK HTTP client. */
public final class RestockClient implements RestockApi {

    private static final int PAGE_SIZE = 500;
    private static final String ALL_STATUSES = "OPEN,SUBMITTING,PO_UPDATED,HANDLED,FAILED,DISMISSED,WITHDRAWN,COMPLETE";

    private final ServerAddress server;
    private final HttpClient http;
    private final ObjectMapper json = Json.mapper();

    public RestockClient(ServerAddress server) {
        this.server = server;
        this.http = HttpClient.newBuilder()
                // HTTP/1.1: no h2c upgrade attempt on plain http, which not every server or proxy takes well.
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    public ServerAddress server() {
        return server;
    }

    @Override
    public String me() throws ApiException {
        return send(get("/me")).path("user").asText(server.user());
    }

    @Override
    public SuggestionSnapshot suggestions() throws ApiException {
        // Keyed by id: a row that moves between two page reads is counted once.
        Map<String, Suggestion> items = new LinkedHashMap<>();
        long latestSequence = -1;
        for (int page = 0; ; page++) {
            JsonNode answer = send(get("/suggestions?includeSnoozed=true&status=" + ALL_STATUSES
                    + "&sort=severity&size=" + PAGE_SIZE + "&page=" + page));
            if (page == 0) {
                // The first page's position: a change after it reaches us over the stream.
                latestSequence = answer.path("latestSequence").asLong(0);
            }
            List<Suggestion> pageItems = read(answer.path("items"), json.getTypeFactory()
                    .constructCollectionType(List.class, Suggestion.class));
            pageItems.forEach(item -> items.put(item.id(), item));
            long total = answer.path("total").asLong(0);
            if (pageItems.size() < PAGE_SIZE || (long) (page + 1) * PAGE_SIZE >= total) {
                return new SuggestionSnapshot(new ArrayList<>(items.values()), latestSequence);
            }
        }
    }

    @Override
    public SuggestionDetail detail(String id) throws ApiException {
        JsonNode answer = send(get("/suggestions/" + id));
        return new SuggestionDetail(
                read(answer, Suggestion.class),
                answer.hasNonNull("line") ? read(answer.get("line"), SuggestionDetail.Line.class) : null,
                answer.hasNonNull("product") ? read(answer.get("product"), SuggestionDetail.ProductFacts.class) : null,
                answer.hasNonNull("history") ? read(answer.get("history"), json.getTypeFactory()
                        .constructCollectionType(List.class, SuggestionDetail.HistoryEntry.class)) : List.of());
    }

    @Override
    public Suggestion accept(String id, long version) throws ApiException {
        return read(send(post("/suggestions/" + id + "/accept", version, null)), Suggestion.class);
    }

    @Override
    public Suggestion dismiss(String id, long version, String reason) throws ApiException {
        return read(send(post("/suggestions/" + id + "/dismiss", version, Map.of("reason", reason))), Suggestion.class);
    }

    @Override
    public Suggestion snooze(String id, long version, LocalDate until) throws ApiException {
        return read(send(post("/suggestions/" + id + "/snooze", version, Map.of("until", until.toString()))),
                Suggestion.class);
    }

    @Override
    public Suggestion resend(String id, long version) throws ApiException {
        return read(send(post("/suggestions/" + id + "/resend", version, null)), Suggestion.class);
    }

    @Override
    public List<BulkAcceptResult> acceptAll(List<VersionedId> items) throws ApiException {
        // The server takes at most 500 items a request.
        List<BulkAcceptResult> results = new ArrayList<>();
        for (int from = 0; from < items.size(); from += PAGE_SIZE) {
            List<VersionedId> batch = items.subList(from, Math.min(items.size(), from + PAGE_SIZE));
            JsonNode answer = send(post("/suggestions/accept", null, Map.of("items", batch)));
            results.addAll(read(answer.path("results"), json.getTypeFactory()
                    .constructCollectionType(List.class, BulkAcceptResult.class)));
        }
        return results;
    }

    @Override
    public Operations operations() throws ApiException {
        return read(send(get("/operations")), Operations.class);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(server.api(path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Authorization", server.authorization());
    }

    private HttpRequest get(String path) {
        return request(path).GET().build();
    }

    private HttpRequest post(String path, Long ifMatchVersion, Object body) throws ApiException {
        HttpRequest.Builder builder = request(path);
        if (ifMatchVersion != null) {
            builder.header("If-Match", "\"" + ifMatchVersion + "\"");
        }
        try {
            String text = body == null ? "{}" : json.writeValueAsString(body);
            return builder.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(text)).build();
        } catch (JsonProcessingException e) {
            throw new ApiException(ApiException.Reason.PROTOCOL, "Could not write the request: " + e.getOriginalMessage(), null, e);
        }
    }

    private JsonNode send(HttpRequest request) throws ApiException {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw connectionFailure(request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.of(ApiException.Reason.UNREACHABLE, "The request was interrupted");
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            String body = response.body();
            return body == null || body.isBlank() ? json.createObjectNode() : parse(body);
        }
        throw httpFailure(status, response);
    }

    private ApiException httpFailure(int status, HttpResponse<String> response) {
        Problem problem = null;
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        if (contentType.contains("json") && response.body() != null && !response.body().isBlank()) {
            try {
                problem = json.readValue(response.body(), Problem.class);
            } catch (JsonProcessingException e) {
                problem = null;
            }
        }
        return switch (status) {
            case 401 -> new ApiException(ApiException.Reason.WRONG_CREDENTIALS,
                    "Wrong user name or password for " + server.baseUri(), problem, null);
            case 403 -> new ApiException(ApiException.Reason.FORBIDDEN,
                    "User " + server.user() + " may not do this (the planner role is needed)", problem, null);
            default -> problem != null
                    ? new ApiException(ApiException.Reason.PROBLEM, problem.readable(), problem, null)
                    : new ApiException(ApiException.Reason.PROTOCOL,
                    "The server answered HTTP " + status + " for " + response.uri().getPath(), null, null);
        };
    }

    private ApiException connectionFailure(URI uri, IOException e) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof SSLException) {
                return new ApiException(ApiException.Reason.CERTIFICATE,
                        "Could not set up a secure connection to " + server.baseUri()
                                + ": the server's certificate is not trusted or not valid (" + cause.getMessage() + ")",
                        null, e);
            }
            if (cause instanceof ConnectException || cause instanceof UnresolvedAddressException
                    || cause instanceof HttpConnectTimeoutException || cause instanceof java.net.UnknownHostException) {
                return new ApiException(ApiException.Reason.UNREACHABLE,
                        "Cannot reach the server at " + server.baseUri() + " — is it running, and is the address right?",
                        null, e);
            }
            if (cause instanceof HttpTimeoutException) {
                return new ApiException(ApiException.Reason.UNREACHABLE,
                        "The server at " + server.baseUri() + " did not answer in time", null, e);
            }
            cause = cause.getCause();
        }
        return new ApiException(ApiException.Reason.UNREACHABLE,
                "Lost the connection to " + server.baseUri() + " during " + uri.getPath()
                        + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"), null, e);
    }

    private JsonNode parse(String body) throws ApiException {
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new ApiException(ApiException.Reason.PROTOCOL, "The server sent JSON this client cannot read", null, e);
        }
    }

    private <T> T read(JsonNode node, Class<T> type) throws ApiException {
        try {
            return json.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new ApiException(ApiException.Reason.PROTOCOL,
                    "The server sent a " + type.getSimpleName() + " this client cannot read", null, e);
        }
    }

    private <T> T read(JsonNode node, com.fasterxml.jackson.databind.JavaType type) throws ApiException {
        try {
            return json.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new ApiException(ApiException.Reason.PROTOCOL, "The server sent a list this client cannot read", null, e);
        }
    }
}
