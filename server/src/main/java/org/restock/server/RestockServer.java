package org.restock.server;

import io.helidon.webserver.WebServer;
import java.util.ArrayList;
import java.util.List;
import org.restock.domain.RestockDomain;
import org.restock.server.jobs.Jobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A started server: its port, its domain, and an orderly stop: workers (pump, streams, jobs) first,
 * then the web server, then the backend's resources, last opened first.
 */
public final class RestockServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RestockServer.class);

    private final WebServer webServer;
    private final RestockDomain domain;
    private final Jobs jobs;
    private final List<AutoCloseable> stopFirst;
    private final List<AutoCloseable> stopAfterWeb;

    RestockServer(WebServer webServer, RestockDomain domain, Jobs jobs, List<AutoCloseable> stopFirst,
                  List<AutoCloseable> stopAfterWeb) {
        this.webServer = webServer;
        this.domain = domain;
        this.jobs = jobs;
        this.stopFirst = new java.util.concurrent.CopyOnWriteArrayList<>(stopFirst);
        this.stopAfterWeb = List.copyOf(stopAfterWeb);
    }

    /** Stopped before everything else, latest registered first (a feed that publishes). */
    void stopFirst(AutoCloseable worker) {
        stopFirst.add(0, worker);
    }

    /**
     * Stopped after the jobs and streams but before the web server (a message pump: it finishes
     * its in-flight messages once nothing else reads the database any more).
     */
    void stopAfterWorkers(AutoCloseable worker) {
        stopFirst.add(worker);
    }

    Jobs jobs() {
        return jobs;
    }

    public int port() {
        return webServer.port();
    }

    public RestockDomain domain() {
        return domain;
    }

    @Override
    public void close() {
        stopFirst.forEach(RestockServer::closeQuietly);
        webServer.stop();
        List<AutoCloseable> reversed = new ArrayList<>(stopAfterWeb);
        java.util.Collections.reverse(reversed);
        reversed.forEach(RestockServer::closeQuietly);
        LOG.info("stopped");
    }

    private static void closeQuietly(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception e) {
            LOG.warn("closing {} failed: {}", resource.getClass().getSimpleName(), e.toString());
        }
    }
}
