package org.restock.archfixtures.server.http;

import jakarta.inject.Inject;

/** Breaks: a dependency injected into a field. */
public final class InjectedHandler {

    @Inject
    private Routes routes;

    public Routes routes() {
        return routes;
    }
}
