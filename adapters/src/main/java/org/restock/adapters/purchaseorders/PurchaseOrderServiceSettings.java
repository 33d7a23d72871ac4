package org.restock.adapters.purchaseorders;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the central purchase-order service is and how patiently we call it.
 *
 * @param baseUrl          e.g. {@code https://po.example/api}; paths of the contract are appended
 * @param connectTimeout   for opening a connection
 * @param requestTimeout   for one whole exchange, once connected
 * @param maxAttempts      attempts of one call (the first and its retries) on transient failures
 * @param initialBackoff   wait before the first retry; doubles with each further one
 * @param maxBackoff       the longest wait between attempts, also the cap on a Retry-After
 * @param breakerThreshold consecutive failed attempts that open the circuit
 * @param breakerOpenFor   how long an open circuit refuses calls before one probe may pass
 */
public record PurchaseOrderServiceSettings(URI baseUrl, Duration connectTimeout, Duration requestTimeout,
                                           int maxAttempts, Duration initialBackoff, Duration maxBackoff,
                                           int breakerThreshold, Duration breakerOpenFor) {

    public PurchaseOrderServiceSettings {
        Objects.requireNonNull(baseUrl, "base url");
        Objects.requireNonNull(connectTimeout, "connect timeout");
        Objects.requireNonNull(requestTimeout, "request timeout");
        Objects.requireNonNull(initialBackoff, "initial back-off");
        Objects.requireNonNull(maxBackoff, "maximum back-off");
        Objects.requireNonNull(breakerOpenFor, "breaker open duration");
        if (maxAttempts < 1 || breakerThreshold < 1) {
            throw new IllegalArgumentException("attempts and breaker threshold must be at least 1");
        }
        String url = baseUrl.toString();
        baseUrl = url.endsWith("/") ? URI.create(url.substring(0, url.length() - 1)) : baseUrl;
    }

    /** 2 s to connect, 10 s per exchange, 3 attempts from 500 ms up to 5 s, circuit opens after 5 failures for 30 s. */
    public static PurchaseOrderServiceSettings defaults(URI baseUrl) {
        return new PurchaseOrderServiceSettings(baseUrl, Duration.ofSeconds(2), Duration.ofSeconds(10), 3,
                Duration.ofMillis(500), Duration.ofSeconds(5), 5, Duration.ofSeconds(30));
    }
}
