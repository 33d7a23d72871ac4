package org.restock.server;

import io.helidon.metrics.api.Gauge;
import io.helidon.metrics.api.Metrics;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.health.HealthObserver;
import io.helidon.webserver.observe.metrics.MetricsObserver;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.restock.domain.RestockDomain;
import org.restock.domain.handling.HandlingWorkflow;
import org.restock.domain.handling.WorkflowRun;
import org.restock.domain.handling.WorkflowSettings;
import org.restock.server.observe.WorkflowMetrics;
import org.restock.server.config.RestockSettings;
import org.restock.server.http.AdminHttpService;
import org.restock.server.http.CatalogueHttpService;
import org.restock.server.http.CorrelationFilter;
import org.restock.server.http.HttpMetrics;
import org.restock.server.http.Json;
import org.restock.server.http.OperationsHttpService;
import org.restock.server.http.ProblemException;
import org.restock.server.http.Problems;
import org.restock.server.http.SuggestionViews;
import org.restock.server.http.SuggestionsHttpService;
import org.restock.server.jobs.Jobs;
import org.restock.server.observe.Dependencies;
import org.restock.server.observe.EventStatistics;
import org.restock.server.security.ApiSecurity;
import org.restock.server.security.ConfiguredUsers;
import org.restock.server.sse.SuggestionStream;
import org.restock.server.sse.SuggestionStreamHttpService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: the one place that calls {@code new} on adapters, use cases and web
 * services. {@link #start(RestockSettings, Backend)} runs the web layer over any backend (tests
 * give it in-memory ports); {@link Backends} builds the real ones from the settings.
 */
public final class Wiring {

    private static final Logger LOG = LoggerFactory.getLogger(Wiring.class);

    private Wiring() {
    }

    /** Registered once per process (the registry is global): the first server's objects are the ones measured. */
    private static void registerGauges(SuggestionStream stream, Backend backend) {
        var registry = Metrics.globalRegistry();
        registry.getOrCreate(Gauge.builder("restock.stream.clients", stream, s -> s.clientCount())
                .description("connected live-stream clients"));
        registry.getOrCreate(Gauge.builder("restock.dead.letters", backend.deadLetters(), d -> d.count())
                .description("messages in the dead-letter queue"));
    }

    /** Carries accepted suggestions out: claims due handling requests and runs their steps (DESIGN §5). */
    private static void startWorkflow(RestockDomain domain, Jobs jobs, java.time.Duration interval) {
        String workerId = "restock-" + ProcessHandle.current().pid() + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        WorkflowSettings workflowSettings = WorkflowSettings.defaults();
        HandlingWorkflow workflow = domain.handlingWorkflow(workerId, workflowSettings, new WorkflowMetrics());
        jobs.every("workflow", interval, id -> {
            WorkflowRun run;
            do {
                run = workflow.runDue();
            } while (run.taken() >= workflowSettings.batchSize());
        });
        LOG.info("workflow runner {} polls every {}", workerId, interval);
    }

    public static RestockServer start(RestockSettings settings, Backend backend) {
        return start(settings, backend, new EventStatistics());
    }

    public static RestockServer start(RestockSettings settings, Backend backend, EventStatistics events) {
        var ports = backend.ports();
        Clock clock = ports.clock();
        RestockDomain domain = new RestockDomain(ports);
        Json json = new Json();
        SuggestionViews views = new SuggestionViews(ports.products(), ports.suppliers());
        HttpMetrics metrics = new HttpMetrics();
        Dependencies dependencies = new Dependencies(backend.dependencies(), clock);
        SuggestionStream stream = new SuggestionStream(ports.suggestionChanges(), views, json, settings.stream());
        Problems problems = new Problems(json);
        ConfiguredUsers users = new ConfiguredUsers(settings.users());
        ApiSecurity security = new ApiSecurity(users, settings.security().realm(), (req, res, status, detail) ->
                problems.send(req, res, status == 401 ? ProblemException.unauthorized(detail)
                        : ProblemException.forbidden(detail)));

        HttpRouting.Builder routing = HttpRouting.builder()
                .addFilter(new CorrelationFilter(metrics))
                .addFilter(security)
                .register("/api/v1/suggestions", new SuggestionStreamHttpService(stream),
                        new SuggestionsHttpService(domain, views, json, metrics))
                .register("/api/v1", new CatalogueHttpService(ports, views, json),
                        new OperationsHttpService(events, backend.deadLetters(), dependencies, json))
                .register("/api/v1/admin", new AdminHttpService(domain, backend.deadLetters(), backend.standIns(), json))
                .any("/api/*", (req, res) -> {
                    throw ProblemException.notFound("no route " + req.prologue().method().text() + " "
                            + req.path().path());
                });
        problems.register(routing);

        ObserveFeature observe = ObserveFeature.builder()
                .addObserver(HealthObserver.builder()
                        .details(true)
                        .useSystemServices(true)
                        .addChecks(dependencies.healthChecks().toArray(io.helidon.health.HealthCheck[]::new))
                        .build())
                .addObserver(MetricsObserver.create())
                .build();

        WebServer webServer = WebServer.builder()
                .host(settings.http().host())
                .port(settings.http().port())
                .addRouting(routing)
                .addFeature(observe)
                .shutdownHook(false)
                .build()
                .start();
        stream.start();
        registerGauges(stream, backend);

        Jobs jobs = new Jobs(clock);
        if (settings.jobs().enabled()) {
            var j = settings.jobs();
            jobs.daily("nightly-sweep", j.sweepAt(), j.zone(), id -> LOG.info("nightly sweep: {}", domain.sweep().sweep(id)));
            jobs.daily("nightly-review", j.reviewAt(), j.zone(), id ->
                    LOG.info("nightly review: {}", domain.reviewEverything().reviewAll(id)));
        }
        if (settings.jobs().workflow()) {
            startWorkflow(domain, jobs, settings.jobs().workflowInterval());
        }
        LOG.info("Restock listens on http://{}:{}/ (API under /api/v1, health at /observe/health)",
                settings.http().host(), webServer.port());
        List<AutoCloseable> first = new ArrayList<>(List.of(jobs, stream));
        return new RestockServer(webServer, domain, jobs, first, backend.resources());
    }
}
