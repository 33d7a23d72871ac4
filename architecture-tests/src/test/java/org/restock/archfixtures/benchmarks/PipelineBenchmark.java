package org.restock.archfixtures.benchmarks;

import java.time.Clock;
import org.restock.archfixtures.adapters.persistence.JdbcProducts;
import org.restock.archfixtures.domain.Ports;
import org.restock.archfixtures.domain.RestockDomain;

/** Keeps the composition-root rule: the benchmarks are a harness that wires its own graph. */
public final class PipelineBenchmark {

    public RestockDomain domain() {
        return new RestockDomain(new Ports(new JdbcProducts(), Clock.systemUTC()));
    }
}
