package org.restock.adapters.messaging;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The embedded broker: where its journal lives, the localhost TCP port publishers connect to (with
 * this user and password), and the redelivery policy of {@code restock.events}.
 */
public record BrokerSettings(Path dataDirectory, int tcpPort, String user, String password,
                             RedeliverySettings redelivery) {

    public BrokerSettings {
        Objects.requireNonNull(dataDirectory, "data directory");
        if (tcpPort < 1 || tcpPort > 65535) {
            throw new IllegalArgumentException("TCP port must be within 1..65535, was " + tcpPort);
        }
        if (user == null || user.isBlank() || password == null || password.isEmpty()) {
            throw new IllegalArgumentException("the broker needs a user and a password");
        }
        Objects.requireNonNull(redelivery, "redelivery");
    }

    public BrokerSettings(Path dataDirectory, int tcpPort, String user, String password) {
        this(dataDirectory, tcpPort, user, password, RedeliverySettings.defaults());
    }
}
