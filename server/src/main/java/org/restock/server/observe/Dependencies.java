package org.restock.server.observe;

import io.helidon.health.HealthCheck;
import io.helidon.health.HealthCheckResponse;
import io.helidon.health.HealthCheckType;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * The dependencies the server needs (database, broker, PO service, SMTP where wired): readiness
 * checks for {@code /observe/health}, and their state for the operations view, with when each went down.
 */
public final class Dependencies {

    /** One dependency: its name as the operations view shows it, and a quick check. */
    public record Dependency(String name, BooleanSupplier check) {
    }

    private final List<Dependency> dependencies;
    private final Clock clock;
    private final Map<String, Instant> downSince = new ConcurrentHashMap<>();

    public Dependencies(List<Dependency> dependencies, Clock clock) {
        this.dependencies = List.copyOf(dependencies);
        this.clock = clock;
    }

    public List<HealthCheck> healthChecks() {
        return dependencies.stream().map(this::healthCheck).toList();
    }

    /** Name → UP or DOWN, checked now. */
    public Map<String, String> states() {
        Map<String, String> states = new LinkedHashMap<>();
        dependencies.forEach(d -> states.put(d.name(), isUp(d) ? "UP" : "DOWN"));
        return states;
    }

    public Optional<Instant> downSince(String name) {
        return Optional.ofNullable(downSince.get(name));
    }

    private boolean isUp(Dependency dependency) {
        boolean up;
        try {
            up = dependency.check().getAsBoolean();
        } catch (RuntimeException e) {
            up = false;
        }
        if (up) {
            downSince.remove(dependency.name());
        } else {
            downSince.putIfAbsent(dependency.name(), clock.instant());
        }
        return up;
    }

    private HealthCheck healthCheck(Dependency dependency) {
        return new HealthCheck() {
            @Override
            public HealthCheckType type() {
                return HealthCheckType.READINESS;
            }

            @Override
            public String name() {
                return dependency.name();
            }

            @Override
            public HealthCheckResponse call() {
                boolean up = isUp(dependency);
                var response = HealthCheckResponse.builder().status(up);
                downSince(dependency.name()).ifPresent(since -> response.detail("downSince", since.toString()));
                return response.build();
            }
        };
    }
}
