package org.restock.archfixtures.server.http;

import java.util.logging.Logger;

/** Breaks: logs through java.util.logging. */
public final class JulLogging {

    private static final Logger LOG = Logger.getLogger(JulLogging.class.getName());

    public void log(String message) {
        LOG.info(message);
    }
}
