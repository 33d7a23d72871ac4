package org.restock.archfixtures.publisher;

import org.restock.archfixtures.domain.RestockDomain;

/** Breaks: the publisher reaching into the domain, and building it outside the server. */
public final class DemoPublisher {

    public RestockDomain domain() {
        return new RestockDomain();
    }
}
