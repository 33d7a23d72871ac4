package org.restock.archfixtures.server.http;

import org.restock.archfixtures.server.jobs.Jobs;

/** Breaks, with Jobs: a cycle between server packages. */
public final class Routes {

    public String describe(Jobs jobs) {
        return "routes for " + jobs;
    }
}
