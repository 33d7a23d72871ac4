package org.restock.adapters.messaging;

import java.util.Objects;

/**
 * Where the pump and the dead-letter management connect: {@code vm://0} for the embedded broker, a
 * {@code tcp://host:port} (or an Artemis failover list) for an external broker or cluster.
 */
public record ConnectionSettings(String url, String user, String password) {

    public ConnectionSettings {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("broker URL must not be blank");
        }
        Objects.requireNonNull(user, "broker user");
        Objects.requireNonNull(password, "broker password");
    }

    @Override
    public String toString() {
        return "ConnectionSettings[url=" + url + ", user=" + user + ", password=***]";
    }
}
