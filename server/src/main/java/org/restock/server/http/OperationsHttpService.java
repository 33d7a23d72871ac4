package org.restock.server.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.restock.server.admin.DeadLetterAdmin;
import org.restock.server.observe.Dependencies;
import org.restock.server.observe.EventStatistics;
import org.restock.server.security.Caller;

/** {@code /api/v1/me} and {@code /api/v1/operations}: who am I, and how the system is doing. */
public final class OperationsHttpService implements HttpService {

    /** DESIGN §6: a dependency unhealthy this long is an alert of its own. */
    static final Duration LONG_OUTAGE = Duration.ofMinutes(30);

    private final EventStatistics events;
    private final DeadLetterAdmin deadLetters;
    private final Dependencies dependencies;
    private final Json json;
    private final Clock clock;

    public OperationsHttpService(EventStatistics events, DeadLetterAdmin deadLetters, Dependencies dependencies,
                                 Json json, Clock clock) {
        this.clock = clock;
        this.events = events;
        this.deadLetters = deadLetters;
        this.dependencies = dependencies;
        this.json = json;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/me", this::me)
                .get("/operations", this::operations);
    }

    public record Me(String user, List<String> roles) {
    }

    public record Alert(String severity, String message, Instant since) {
    }

    public record OperationsAnswer(Map<String, Long> eventsHandled, Map<String, Double> handlingLatencyMs,
                                   int deadLetters, Map<String, String> health, List<Alert> alerts) {
    }

    private void me(ServerRequest req, ServerResponse res) {
        Caller caller = RequestContexts.caller(req);
        json.send(res, 200, new Me(caller.user(), List.copyOf(new TreeSet<>(caller.roles()))));
    }

    private void operations(ServerRequest req, ServerResponse res) {
        Map<String, String> health = dependencies.states();
        int dead = (int) deadLetters.count();
        List<Alert> alerts = new ArrayList<>();
        Instant now = clock.instant();
        health.forEach((name, state) -> {
            if (!"UP".equals(state)) {
                Instant since = dependencies.downSince(name).orElse(now);
                boolean longOutage = !since.plus(LONG_OUTAGE).isAfter(now);
                alerts.add(new Alert(longOutage ? "RED" : "YELLOW", name + " is down"
                        + (longOutage ? " for more than " + LONG_OUTAGE.toMinutes() + " minutes" : ""), since));
            }
        });
        if (dead > 0) {
            alerts.add(new Alert("YELLOW", dead + " event(s) in the dead-letter queue", null));
        }
        json.send(res, 200, new OperationsAnswer(events.handledByType(), events.latencyMillis(), dead, health, alerts));
    }
}
