package org.restock.adapters.mail;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The mail server and our sender identity.
 *
 * @param from            the sender of every notice, e.g. {@code purchasing@shop.example}
 * @param username        empty for a server that takes mail without authentication
 * @param startTls        upgrade the connection with STARTTLS (required when set)
 * @param messageIdDomain the right-hand side of each Message-ID
 */
public record SmtpSettings(String host, int port, String from, Optional<String> username, Optional<String> password,
                           boolean startTls, Duration connectTimeout, Duration timeout, String messageIdDomain) {

    public SmtpSettings {
        Objects.requireNonNull(host, "smtp host");
        Objects.requireNonNull(from, "from address");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(connectTimeout, "connect timeout");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(messageIdDomain, "message id domain");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("smtp port out of range: " + port);
        }
    }

    /** No authentication, no TLS, 5 s to connect, 10 s per command. */
    public static SmtpSettings plain(String host, int port, String from) {
        return new SmtpSettings(host, port, from, Optional.empty(), Optional.empty(), false, Duration.ofSeconds(5),
                Duration.ofSeconds(10), "restock.local");
    }
}
