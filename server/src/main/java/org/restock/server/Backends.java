package org.restock.server;

import org.restock.server.config.RestockSettings;

/**
 * Builds the real backend from the settings: embedded or external broker, H2 or PostgreSQL, the PO
 * service or its stand-in, SMTP or its stand-in, and in the demo profile the demo data and feed.
 */
final class Backends {

    private Backends() {
    }

    static RestockServer startServer(RestockSettings settings) {
        throw new UnsupportedOperationException("the persistence and messaging adapters are not wired yet");
    }
}
