package org.restock.archfixtures.domain;

/** The fixture's domain wiring; only the server may build it. */
public final class RestockDomain {

    private final Ports ports;

    public RestockDomain(Ports ports) {
        this.ports = ports;
    }

    public RestockDomain() {
        this(new Ports(null, null));
    }

    public Ports ports() {
        return ports;
    }
}
