package org.restock.archfixtures.server.jobs;

import org.restock.archfixtures.server.http.Routes;

/** Breaks, with Routes: a cycle between server packages; and throws a generic exception. */
public final class Jobs {

    public void run(Routes routes) {
        if (routes == null) {
            throw new RuntimeException("no routes");
        }
    }
}
