package org.restock.server;

import io.helidon.webserver.WebServer;
import java.util.ArrayList;
import java.util.List;
import org.restock.domain.RestockDomain;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A started server: its port, its domain, and an orderly stop (streams, jobs, web server, then the backend). */
public final class RestockServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RestockServer.class);

    private final WebServer webServer;
    private final RestockDomain domain;
    private final List<AutoCloseable> stopFirst;
    private final List<AutoCloseable> stopAfterWeb;

    RestockServer(WebServer webServer, RestockDomain domain, List<AutoCloseable> stopFirst,
                  List<AutoCloseable> stopAfterWeb) {
        this.webServer = webServer;
        this.domain = domain;
        this.stopFirst = List.copyOf(stopFirst);
        this.stopAfterWeb = List.copyOf(stopAfterWeb);
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
