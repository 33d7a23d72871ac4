package org.restock.archfixtures.server;

import java.time.Clock;
import org.restock.archfixtures.adapters.persistence.JdbcProducts;
import org.restock.archfixtures.domain.Ports;
import org.restock.archfixtures.domain.RestockDomain;

/** Keeps the composition-root rule: the server builds adapters and the domain. */
public final class Wiring {

    public RestockDomain domain() {
        return new RestockDomain(new Ports(new JdbcProducts(), Clock.systemUTC()));
    }
}
