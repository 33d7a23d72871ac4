package org.restock.server;

import java.util.List;
import org.restock.domain.Ports;
import org.restock.server.admin.DeadLetterAdmin;
import org.restock.server.admin.StandInRecords;
import org.restock.server.observe.Dependencies.Dependency;

/**
 * What the web layer runs over: the domain's ports, the operator's handles on dead letters and the
 * stand-ins, the dependencies health reports on, and what to close on shutdown (last first).
 */
public record Backend(Ports ports, DeadLetterAdmin deadLetters, StandInRecords standIns, List<Dependency> dependencies,
                      List<AutoCloseable> resources) {

    public Backend {
        dependencies = List.copyOf(dependencies);
        resources = List.copyOf(resources);
    }
}
