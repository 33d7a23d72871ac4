package org.restock.server;

import io.helidon.metrics.api.Gauge;
import io.helidon.metrics.api.Metrics;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.observe.ObserveFeature;
import io.helidon.webserver.observe.health.HealthObserver;
import io.helidon.webserver.observe.metrics.MetricsObserver;
import java.time.Clock;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.restock.adapters.centraldb.JdbcCentralDatabase;
import org.restock.adapters.centraldb.demo.DemoCentralDatabase;
import org.restock.adapters.centraldb.demo.DemoData;
import org.restock.adapters.mail.SmtpSettings;
import org.restock.adapters.mail.SmtpSupplierMailer;
import org.restock.adapters.persistence.JdbcPersistence;
import org.restock.adapters.persistence.PersistenceSettings;
import org.restock.adapters.purchaseorders.HttpPurchaseOrderSystem;
import org.restock.adapters.purchaseorders.PurchaseOrderServiceSettings;
import org.restock.adapters.standins.RecordingPurchaseOrderSystem;
import org.restock.adapters.standins.RecordingSupplierMailer;
import org.restock.domain.Ports;
import org.restock.domain.handling.SupplierMailer;
import org.restock.domain.initialisation.CentralDatabase;
import org.restock.domain.purchaseorder.PurchaseOrderSystem;
import org.restock.domain.shared.CorrelationId;
import org.restock.adapters.messaging.ArtemisConnections;
import org.restock.adapters.messaging.ArtemisDeadLetters;
import org.restock.adapters.messaging.ArtemisMessagePump;
import org.restock.adapters.messaging.ConnectionSettings;
import org.restock.adapters.messaging.EmbeddedBroker;
import org.restock.adapters.messaging.PumpSettings;
import org.restock.adapters.messaging.RedeliverySettings;
import org.restock.publisher.EventPublisher;
import org.restock.publisher.EventStream;
import org.restock.server.admin.ArtemisDeadLetterAdmin;
import org.restock.server.admin.RecordingStandIns;
import org.restock.server.embedded.BrokerCredentials;
import org.restock.server.embedded.DemoCatalogue;
import org.restock.server.observe.PumpMetrics;
import org.restock.server.observe.Dependencies.Dependency;
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
import org.restock.server.http.ServerTls;
import org.restock.server.http.SuggestionViews;
import org.restock.server.http.SuggestionsHttpService;
import org.restock.server.jobs.Jobs;
import org.restock.server.observe.Dependencies;
import org.restock.server.observe.EventStatistics;
import org.restock.server.security.ApiSecurity;
import org.restock.server.security.BearerTokens;
import org.restock.server.security.ConfiguredUsers;
import org.restock.server.sse.SuggestionStream;
import org.restock.server.sse.SuggestionStreamHttpService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: the one place that calls {@code new} on adapters, use cases and web
 * services. {@link #start(RestockSettings)} builds the configured backend and runs everything over
 * it; {@link #start(RestockSettings, Backend)} runs the web layer over any backend (tests give it
 * in-memory ports).
 */
public final class Wiring {

    private static final Logger LOG = LoggerFactory.getLogger(Wiring.class);

    private Wiring() {
    }

    /**
     * The server as configured: H2 or PostgreSQL, embedded or external broker, the PO service and
     * SMTP or their recording stand-ins, the central database or (demo) the demo one; the
     * initialisation of an empty database; the web layer; then the message pump and, in the demo
     * profile, the demo feed. A stop ends the feed and the pump (in-flight messages finish) first.
     */
    public static RestockServer start(RestockSettings settings) {
        long startedAt = System.nanoTime();
        Clock clock = Clock.systemUTC();
        Path dataDir = settings.dataDir().toAbsolutePath();
        List<AutoCloseable> resources = new ArrayList<>();
        // the embedded broker starts while the database opens and the system initialises
        CompletableFuture<Optional<EmbeddedBroker>> brokerStart = settings.broker().url().isPresent()
                ? CompletableFuture.completedFuture(Optional.empty())
                : CompletableFuture.supplyAsync(() -> Optional.of(startEmbeddedBroker(settings, dataDir)),
                        task -> Thread.ofPlatform().name("broker-start").start(task));
        boolean brokerOwned = false;
        try {
            JdbcPersistence persistence = JdbcPersistence.open(persistenceSettings(settings, dataDir));
            resources.add(persistence);
            List<Dependency> dependencies = new ArrayList<>();
            dependencies.add(new Dependency("database", () -> persistence.isReachable(Duration.ofSeconds(2))));


            RecordingStandIns standIns = new RecordingStandIns();
            PurchaseOrderSystem purchaseOrders = purchaseOrderSystem(settings, clock, dependencies, standIns);
            SupplierMailer mailer = supplierMailer(settings, clock, dependencies, standIns);

            Optional<DemoData> demo = Optional.empty();
            CentralDatabase central;
            if (settings.central().url().isPresent()) {
                var pool = JdbcCentralDatabase.readOnlyPool(settings.central().url().get(), settings.central().user(),
                        settings.central().password());
                resources.add(pool);
                central = new JdbcCentralDatabase(pool);
            } else if (settings.isDemo()) {
                var demoCentral = new DemoCentralDatabase("jdbc:h2:file:" + dataDir.resolve("central").resolve("central"));
                demo = Optional.of(demoCentral.fill(settings.demo().seed(), clock));
                central = new JdbcCentralDatabase(demoCentral.dataSource());
                if (purchaseOrders instanceof RecordingPurchaseOrderSystem recording) {
                    demo.get().openOrders().forEach(recording::put); // the stand-in serves the demo's orders
                }
            } else {
                throw new IllegalArgumentException("restock.central.url is required outside the demo profile");
            }

            Ports ports = new Ports(persistence.products(), persistence.suppliers(), persistence.purchaseOrders(),
                    persistence.suggestions(), persistence.suggestionChanges(), persistence.processedMessages(),
                    persistence.trace(), persistence.handlingRequests(), persistence.unitOfWork(), purchaseOrders,
                    mailer, central, clock);
            RestockDomain domain = new RestockDomain(ports);
            domain.initialiseSystem().initialiseIfEmpty(CorrelationId.newId()).ifPresentOrElse(
                    outcome -> LOG.info("initialised from the central database: {}", outcome),
                    () -> LOG.info("the database holds data already: no initialisation"));

            EmbeddedBroker broker = joinBroker(brokerStart);
            brokerOwned = true;
            ConnectionSettings connection;
            if (broker != null) {
                resources.add(broker);
                connection = broker.inVmConnection();
            } else {
                connection = new ConnectionSettings(settings.broker().url().orElseThrow(), settings.broker().user(),
                        settings.broker().password());
            }
            EventStatistics events = new EventStatistics();
            ArtemisMessagePump pump = new ArtemisMessagePump(ArtemisConnections.forConsumers(connection),
                    domain.handleBusinessEvent(), ports.unitOfWork(),
                    PumpSettings.defaults(RedeliverySettings.defaults()).withConsumers(settings.broker().consumers()),
                    new PumpMetrics(events, clock),
                    dependency -> !"database".equals(dependency) || persistence.isReachable(Duration.ofSeconds(2)),
                    clock);
            EmbeddedBroker embedded = broker;
            dependencies.add(new Dependency("broker", () -> (embedded == null || embedded.isActive())
                    && pump.pausedFor().isEmpty()));
            var deadLetters = new ArtemisDeadLetterAdmin(
                    new ArtemisDeadLetters(ArtemisConnections.forProducers(connection)));

            Backend backend = new Backend(ports, deadLetters, standIns, dependencies, resources);
            RestockServer server = start(settings, backend, domain, events);
            pump.start();
            server.stopAfterWorkers(pump);
            if (demo.isPresent() && settings.demo().feed()) {
                var feed = new EventPublisher(ArtemisConnections.forProducers(connection),
                        new EventStream(DemoCatalogue.of(demo.get()), settings.demo().seed(), clock),
                        settings.demo().eventsPerSecond());
                feed.start();
                server.stopFirst(feed);
            }
            LOG.info("Restock started in {} ms; data in {}", (System.nanoTime() - startedAt) / 1_000_000, dataDir);
            if (settings.isDemo()) {
                LOG.info("demo users: planner/planner (planner), admin/admin (planner, admin)");
            }
            return server;
        } catch (RuntimeException e) {
            if (!brokerOwned) {
                brokerStart.handle((started, failure) -> started == null ? Optional.<EmbeddedBroker>empty() : started)
                        .join().ifPresent(resources::add);
            }
            closeAll(resources);
            throw e;
        }
    }

    private static EmbeddedBroker startEmbeddedBroker(RestockSettings settings, Path dataDir) {
        BrokerCredentials credentials = BrokerCredentials.forEmbedded(settings.broker(), dataDir);
        if (credentials.file() != null) {
            LOG.info("local publishers: tcp://127.0.0.1:{}, user and password in {}",
                    settings.broker().embeddedPort(), credentials.file());
        }
        return EmbeddedBroker.start(new org.restock.adapters.messaging.BrokerSettings(dataDir.resolve("broker"),
                settings.broker().embeddedPort(), credentials.user(), credentials.password()));
    }

    /** The started embedded broker, or null for an external one; its start failure as it was thrown. */
    private static EmbeddedBroker joinBroker(CompletableFuture<Optional<EmbeddedBroker>> brokerStart) {
        try {
            return brokerStart.join().orElse(null);
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }

    private static PurchaseOrderSystem purchaseOrderSystem(RestockSettings settings, Clock clock,
                                                           List<Dependency> dependencies,
                                                           RecordingStandIns standIns) {
        if (settings.purchaseOrderService().url().isPresent()) {
            var base = PurchaseOrderServiceSettings.defaults(URI.create(settings.purchaseOrderService().url().get()));
            var http = new HttpPurchaseOrderSystem(new PurchaseOrderServiceSettings(base.baseUrl(),
                    base.connectTimeout(), settings.purchaseOrderService().timeout(), base.maxAttempts(),
                    base.initialBackoff(), base.maxBackoff(), base.breakerThreshold(), base.breakerOpenFor()), clock);
            dependencies.add(new Dependency("purchaseOrderService", () -> http.ping().up()));
            return http;
        }
        var recording = new RecordingPurchaseOrderSystem(clock);
        standIns.with(recording);
        return recording;
    }

    private static SupplierMailer supplierMailer(RestockSettings settings, Clock clock, List<Dependency> dependencies,
                                                 RecordingStandIns standIns) {
        var smtp = settings.smtp();
        if (smtp.host().isPresent()) {
            var mailer = new SmtpSupplierMailer(new SmtpSettings(smtp.host().get(), smtp.port(), smtp.from(),
                    optional(smtp.user()), optional(smtp.password()), smtp.startTls(), Duration.ofSeconds(5),
                    Duration.ofSeconds(10), "restock.local"), clock);
            dependencies.add(new Dependency("smtp", () -> mailer.ping().up()));
            return mailer;
        }
        var recording = new RecordingSupplierMailer(clock);
        standIns.with(recording);
        return recording;
    }

    private static PersistenceSettings persistenceSettings(RestockSettings settings, Path dataDir) {
        var db = settings.database();
        PersistenceSettings base = db.url()
                .map(url -> PersistenceSettings.of(url, db.user(), db.password()))
                .orElseGet(() -> PersistenceSettings.embeddedH2(dataDir.resolve("db")));
        return base.withPoolSize(db.poolSize());
    }

    private static Optional<String> optional(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(text);
    }

    private static void closeAll(List<AutoCloseable> resources) {
        List<AutoCloseable> reversed = new ArrayList<>(resources);
        java.util.Collections.reverse(reversed);
        for (AutoCloseable resource : reversed) {
            try {
                resource.close();
            } catch (Exception e) {
                LOG.warn("closing {} failed: {}", resource.getClass().getSimpleName(), e.toString());
            }
        }
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
    private static void startWorkflow(RestockDomain domain, Jobs jobs, RestockSettings.WorkflowRunnerSettings settings) {
        String workerId = "restock-" + ProcessHandle.current().pid() + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        WorkflowSettings workflowSettings = settings.handling();
        HandlingWorkflow workflow = domain.handlingWorkflow(workerId, workflowSettings, new WorkflowMetrics());
        jobs.every("workflow", settings.pollInterval(), id -> {
            WorkflowRun run;
            do {
                run = workflow.runDue();
            } while (run.taken() >= workflowSettings.batchSize());
        });
        LOG.info("workflow runner {} polls every {}; {} attempts, back-off from {} up to {}, claims of {}", workerId,
                settings.pollInterval(), workflowSettings.maxAttempts(), workflowSettings.initialBackoff(),
                workflowSettings.maxBackoff(), workflowSettings.claimDuration());
    }

    public static RestockServer start(RestockSettings settings, Backend backend) {
        return start(settings, backend, new RestockDomain(backend.ports()), new EventStatistics());
    }

    /** The web layer, stream and jobs over the backend's ports and the domain built on them. */
    static RestockServer start(RestockSettings settings, Backend backend, RestockDomain domain,
                               EventStatistics events) {
        var ports = backend.ports();
        Clock clock = ports.clock();
        Json json = new Json();
        SuggestionViews views = new SuggestionViews(ports.products(), ports.suppliers());
        HttpMetrics metrics = new HttpMetrics();
        Dependencies dependencies = new Dependencies(backend.dependencies(), clock);
        SuggestionStream stream = new SuggestionStream(ports.suggestionChanges(), views, json, settings.stream());
        Problems problems = new Problems(json);
        ConfiguredUsers users = new ConfiguredUsers(settings.users());
        var bearerTokens = settings.security().bearer().map(bearer -> new BearerTokens(
                BearerTokens.publicKeyFrom(bearer.publicKey()), bearer.issuer(), bearer.audience(), bearer.rolesClaim()));
        // token lifetimes are wall-clock time, whatever clock the domain runs on
        ApiSecurity security = new ApiSecurity(users, settings.security().realm(), bearerTokens, Clock.systemUTC(),
                (req, res, status, detail) ->
                problems.send(req, res, status == 401 ? ProblemException.unauthorized(detail)
                        : ProblemException.forbidden(detail)));

        HttpRouting.Builder routing = HttpRouting.builder()
                .addFilter(new CorrelationFilter(metrics))
                .addFilter(security)
                .register("/api/v1/suggestions", new SuggestionStreamHttpService(stream),
                        new SuggestionsHttpService(domain, views, json, metrics))
                .register("/api/v1", new CatalogueHttpService(ports, views, json),
                        new OperationsHttpService(events, backend.deadLetters(), dependencies, json, clock))
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

        var server = WebServer.builder()
                .host(settings.http().host())
                .port(settings.http().port())
                .addRouting(routing)
                .addFeature(observe)
                .shutdownHook(false);
        settings.http().tlsKeystore().ifPresent(keystore ->
                server.tls(ServerTls.fromKeystore(keystore, settings.http().tlsKeystorePassword())));
        WebServer webServer = server.build().start();
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
            startWorkflow(domain, jobs, settings.workflow());
        }
        LOG.info("Restock listens on {}://{}:{}/ (API under /api/v1, health at /observe/health)",
                settings.http().scheme(), settings.http().host(), webServer.port());
        List<AutoCloseable> first = new ArrayList<>(List.of(jobs, stream));
        return new RestockServer(webServer, domain, jobs, first, backend.resources());
    }
}
