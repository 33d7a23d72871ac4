package org.restock.adapters.purchaseorders;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.restock.domain.purchaseorder.LineUpdate;
import org.restock.domain.purchaseorder.PurchaseOrderId;
import org.restock.domain.purchaseorder.PurchaseOrderSnapshot;
import org.restock.domain.purchaseorder.PurchaseOrderSystem;
import org.restock.domain.shared.DependencyFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The central purchase-order service over HTTP and JSON (contract: docs/integrations/purchase-order-service.md).
 * Transient failures (connect errors, timeouts, 5xx, 429) are retried with exponential back-off,
 * honouring Retry-After; a circuit breaker stops calling a service that keeps failing. A 4xx
 * answer to an update is the service refusing the change: a {@link UpdateResult.Rejected} with its reason.
 */
public final class HttpPurchaseOrderSystem implements PurchaseOrderSystem {

    static final String DEPENDENCY = "purchase-order service";
    private static final Logger LOG = LoggerFactory.getLogger(HttpPurchaseOrderSystem.class);

    private final PurchaseOrderServiceSettings settings;
    private final HttpClient client;
    private final CircuitBreaker breaker;
    private final Clock clock;

    /** How the service is doing, for the health endpoint. */
    public record Health(boolean up, String circuit, String detail) {
    }

    public HttpPurchaseOrderSystem(PurchaseOrderServiceSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.breaker = new CircuitBreaker(settings.breakerThreshold(), settings.breakerOpenFor(), clock);
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public Optional<PurchaseOrderSnapshot> fetch(PurchaseOrderId id) {
        HttpRequest request = request("/purchase-orders/" + encode(id.value())).GET().build();
        HttpResponse<String> response = exchange("fetch order " + id, request);
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw new DependencyFailure(DEPENDENCY, "fetch order " + id + " answered " + response.statusCode() + ": "
                    + PurchaseOrderJson.reasonIn(response.body(), response.statusCode()));
        }
        try {
            return Optional.of(PurchaseOrderJson.MAPPER.readValue(response.body(), PurchaseOrderJson.OrderDto.class)
                    .toDomain());
        } catch (IOException | RuntimeException unreadable) {
            throw new DependencyFailure(DEPENDENCY, "order " + id + " came back unreadable: " + unreadable.getMessage(),
                    unreadable);
        }
    }

    @Override
    public UpdateResult update(LineUpdate update, String idempotencyKey) {
        PurchaseOrderJson.Request body = PurchaseOrderJson.requestFor(update);
        String path = "/purchase-orders/" + encode(update.line().purchaseOrderId().value()) + "/lines/"
                + encode(update.line().lineId()) + "/" + body.action();
        HttpRequest request = request(path)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .POST(HttpRequest.BodyPublishers.ofString(json(body.body())))
                .build();
        HttpResponse<String> response = exchange(body.action() + " of line " + update.line(), request);
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            LOG.info("purchase-order service applied {} of line {} (key {})", body.action(), update.line(), idempotencyKey);
            return new UpdateResult.Applied();
        }
        String reason = PurchaseOrderJson.reasonIn(response.body(), status);
        LOG.warn("purchase-order service refused {} of line {}: {} {}", body.action(), update.line(), status, reason);
        return new UpdateResult.Rejected(reason + " (HTTP " + status + ")");
    }

    /** Asks the service's health resource; does not count towards the circuit. */
    public Health ping() {
        String circuit = breaker.state().name();
        try {
            HttpResponse<String> response = client.send(request("/health").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            boolean up = response.statusCode() / 100 == 2;
            return new Health(up, circuit, "GET /health answered " + response.statusCode());
        } catch (IOException failure) {
            return new Health(false, circuit, describe(failure));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Health(false, circuit, "interrupted");
        }
    }

    /** CLOSED, OPEN or HALF_OPEN (open, and the next call is the probe). */
    public String circuitState() {
        return breaker.state().name();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(settings.baseUrl() + path))
                .timeout(settings.requestTimeout())
                .header("Accept", "application/json");
    }

    /**
     * Sends with retries; returns any answer that is not transient (2xx, 3xx, 4xx but 408/429).
     * Throws {@link DependencyFailure} when the attempts run out or the circuit is open.
     */
    private HttpResponse<String> exchange(String what, HttpRequest request) {
        for (int attempt = 1; ; attempt++) {
            if (!breaker.tryAcquire()) {
                throw new DependencyFailure(DEPENDENCY, what + ": circuit open after " + breaker.consecutiveFailures()
                        + " consecutive failures (the last: " + breaker.lastFailure() + "); next probe after "
                        + breaker.openUntil());
            }
            String failure;
            Optional<Duration> retryAfter = Optional.empty();
            try {
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (!isTransient(status)) {
                    breaker.succeeded();
                    return response;
                }
                failure = "answered " + status + " " + PurchaseOrderJson.reasonIn(response.body(), status);
                retryAfter = retryAfter(response);
            } catch (HttpConnectTimeoutException connectTimeout) {
                failure = "could not connect within " + settings.connectTimeout().toMillis() + " ms";
            } catch (HttpTimeoutException timeout) {
                failure = "no answer within " + settings.requestTimeout().toMillis() + " ms";
            } catch (IOException ioFailure) {
                failure = describe(ioFailure);
            } catch (RuntimeException unexpected) {
                breaker.failed(unexpected.toString());
                throw new DependencyFailure(DEPENDENCY, what + ": " + unexpected, unexpected);
            } catch (InterruptedException interrupted) {
                breaker.failed("interrupted");
                Thread.currentThread().interrupt();
                throw new DependencyFailure(DEPENDENCY, what + ": interrupted", interrupted);
            }
            breaker.failed(failure);
            LOG.warn("{}: {} failed (attempt {} of {}): {}", DEPENDENCY, what, attempt, settings.maxAttempts(), failure);
            if (attempt >= settings.maxAttempts()) {
                throw new DependencyFailure(DEPENDENCY, what + " " + failure + " (" + attempt
                        + (attempt == 1 ? " attempt)" : " attempts)"));
            }
            pause(retryAfter.orElse(backoff(attempt)));
        }
    }

    private static boolean isTransient(int status) {
        return status >= 500 || status == 429 || status == 408;
    }

    private Duration backoff(int failedAttempts) {
        Duration wait = settings.initialBackoff().multipliedBy(1L << Math.min(failedAttempts - 1, 20));
        return wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait;
    }

    /** Retry-After in seconds or as an HTTP date, never longer than the maximum back-off. */
    private Optional<Duration> retryAfter(HttpResponse<String> response) {
        return response.headers().firstValue("Retry-After").flatMap(value -> {
            Duration wait;
            try {
                wait = Duration.ofSeconds(Long.parseLong(value.trim()));
            } catch (NumberFormatException notSeconds) {
                try {
                    Instant at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                    wait = Duration.between(clock.instant(), at);
                } catch (DateTimeParseException notADate) {
                    return Optional.empty();
                }
            }
            if (wait.isNegative()) {
                wait = Duration.ZERO;
            }
            return Optional.of(wait.compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : wait);
        });
    }

    private static void pause(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new DependencyFailure(DEPENDENCY, "interrupted while waiting to retry", interrupted);
        }
    }

    private static String json(Object body) {
        try {
            return PurchaseOrderJson.MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("cannot write " + body, impossible);
        }
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String describe(IOException failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
