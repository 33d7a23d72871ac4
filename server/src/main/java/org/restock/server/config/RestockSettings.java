package org.restock.server.config;

import io.helidon.config.Config;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.restock.domain.handling.WorkflowSettings;

/**
 * Every setting the server reads, from {@code application.yaml} with environment-variable
 * overrides ({@code RESTOCK_HTTP_PORT} for {@code restock.http.port}); docs/configuration.md lists
 * them all. Records only: nothing here opens a connection.
 */
public record RestockSettings(
        Profile profile,
        Path dataDir,
        HttpSettings http,
        SecuritySettings security,
        StreamSettings stream,
        JobSettings jobs,
        WorkflowRunnerSettings workflow,
        DatabaseSettings database,
        CentralSettings central,
        BrokerSettings broker,
        PurchaseOrderServiceSettings purchaseOrderService,
        SmtpSettings smtp,
        DemoSettings demo) {

    public RestockSettings {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(dataDir, "data dir");
    }

    /** {@code demo}: demo users, demo data and feed; {@code production}: only what is configured. */
    public enum Profile {
        DEMO, PRODUCTION
    }

    /**
     * Where the API listens. With a TLS keystore (PKCS12 holding the server's private key and
     * certificate chain) it answers HTTPS only; without one, plain HTTP (behind a terminating proxy).
     */
    /** An identity provider's RS256 tokens: its public key (PEM), issuer, audience and roles claim. */
    public record BearerSettings(Path publicKey, String issuer, String audience, String rolesClaim) {
    }

    public record HttpSettings(String host, int port, Optional<Path> tlsKeystore, String tlsKeystorePassword) {
        public HttpSettings {
            java.util.Objects.requireNonNull(tlsKeystore, "TLS keystore");
            tlsKeystorePassword = tlsKeystorePassword == null ? "" : tlsKeystorePassword;
        }

        public String scheme() {
            return tlsKeystore.isPresent() ? "https" : "http";
        }

        /** No password in logs. */
        @Override
        public String toString() {
            return "HttpSettings[host=" + host + ", port=" + port + ", tlsKeystore=" + tlsKeystore + "]";
        }
    }

    public record UserSettings(String login, String passwordHash, List<String> roles) {
        public UserSettings {
            roles = List.copyOf(roles);
        }
    }

    /** Users come from {@code restock.security.users}; the demo profile adds {@code restock.demo.users}. */
    /**
     * @param bearer bearer tokens of an external identity provider, accepted beside HTTP Basic when
     *               its public key is configured
     */
    public record SecuritySettings(String realm, List<UserSettings> users, Optional<BearerSettings> bearer) {
        public SecuritySettings {
            users = List.copyOf(users);
            Objects.requireNonNull(bearer, "bearer");
        }
    }

    public record StreamSettings(Duration heartbeat, Duration pollInterval, int clientQueue, int batch) {
    }

    /** {@code enabled}: the nightly jobs; {@code workflow}: the workflow runner (every instance may run one). */
    public record JobSettings(ZoneId zone, LocalTime sweepAt, LocalTime reviewAt, boolean enabled, boolean workflow) {
    }

    /** {@code restock.workflow}: how often the runner looks for due requests, and how it carries them out. */
    public record WorkflowRunnerSettings(Duration pollInterval, WorkflowSettings handling) {
        public WorkflowRunnerSettings {
            Objects.requireNonNull(handling, "workflow settings");
            if (pollInterval.isNegative() || pollInterval.isZero()) {
                throw new IllegalArgumentException("restock.workflow.poll-interval must be positive, was " + pollInterval);
            }
        }
    }

    /** Empty url: the embedded H2 file database under the data directory. */
    public record DatabaseSettings(Optional<String> url, String user, String password, int poolSize) {
    }

    /** The central database the system initialiser reads; empty url: the demo central database (demo profile only). */
    public record CentralSettings(Optional<String> url, String user, String password) {
    }

    /** Empty url: the embedded Artemis broker, journal under the data directory, listening on {@code embeddedPort}. */
    public record BrokerSettings(Optional<String> url, String user, String password, int embeddedPort,
                                 int consumers) {
    }

    /** Empty url: the recording stand-in. */
    public record PurchaseOrderServiceSettings(Optional<String> url, Duration timeout) {
    }

    /** Empty host: the recording stand-in. */
    public record SmtpSettings(Optional<String> host, int port, String from, String user, String password,
                               boolean startTls) {
    }

    public record DemoSettings(boolean feed, double eventsPerSecond, long seed, List<UserSettings> users) {
        public DemoSettings {
            users = List.copyOf(users);
        }
    }

    public boolean isDemo() {
        return profile == Profile.DEMO;
    }

    /** The users that may sign in: the configured ones, plus the demo users in the demo profile. */
    public List<UserSettings> users() {
        if (!isDemo()) {
            return security.users();
        }
        return java.util.stream.Stream.concat(security.users().stream(), demo.users().stream()).toList();
    }

    public static RestockSettings from(Config root) {
        Config r = root.get("restock");
        Profile profile = Profile.valueOf(r.get("profile").asString().orElse("demo").trim().toUpperCase(java.util.Locale.ROOT));
        Path dataDir = Path.of(r.get("data-dir").asString().orElse("restock-data"));
        var http = new HttpSettings(r.get("http.host").asString().orElse("0.0.0.0"),
                r.get("http.port").asInt().orElse(8080),
                r.get("http.tls.keystore").asString().map(String::strip).filter(path -> !path.isEmpty()).map(Path::of),
                r.get("http.tls.keystore-password").asString().orElse(""));
        Optional<BearerSettings> bearer = r.get("security.bearer.public-key").asString().map(String::strip)
                .filter(path -> !path.isEmpty())
                .map(path -> new BearerSettings(Path.of(path),
                        r.get("security.bearer.issuer").asString().map(String::strip).filter(issuer -> !issuer.isEmpty())
                                .orElseThrow(() ->
                                new IllegalArgumentException("restock.security.bearer.issuer is required with a public key")),
                        r.get("security.bearer.audience").asString().orElse("restock"),
                        r.get("security.bearer.roles-claim").asString().orElse("roles")));
        var security = new SecuritySettings(r.get("security.realm").asString().orElse("restock"),
                users(r.get("security.users")), bearer);
        var stream = new StreamSettings(
                duration(r.get("stream.heartbeat"), Duration.ofSeconds(15)),
                duration(r.get("stream.poll-interval"), Duration.ofMillis(200)),
                r.get("stream.client-queue").asInt().orElse(1000),
                r.get("stream.batch").asInt().orElse(500));
        var jobs = new JobSettings(
                ZoneId.of(r.get("jobs.zone").asString().orElse("UTC")),
                LocalTime.parse(r.get("jobs.sweep-at").asString().orElse("02:30")),
                LocalTime.parse(r.get("jobs.review-at").asString().orElse("03:00")),
                r.get("jobs.enabled").asBoolean().orElse(true),
                r.get("jobs.workflow").asBoolean().orElse(true));
        WorkflowSettings defaults = WorkflowSettings.defaults();
        var workflow = new WorkflowRunnerSettings(duration(r.get("workflow.poll-interval"), Duration.ofSeconds(1)),
                new WorkflowSettings(
                        duration(r.get("workflow.claim-duration"), defaults.claimDuration()),
                        r.get("workflow.batch-size").asInt().orElse(defaults.batchSize()),
                        r.get("workflow.max-attempts").asInt().orElse(defaults.maxAttempts()),
                        duration(r.get("workflow.first-backoff"), defaults.initialBackoff()),
                        duration(r.get("workflow.max-backoff"), defaults.maxBackoff()),
                        Map.of(),
                        r.get("workflow.reply-to").asString().orElse(defaults.defaultReplyTo())));
        var database = new DatabaseSettings(text(r.get("database.url")),
                r.get("database.user").asString().orElse("sa"),
                r.get("database.password").asString().orElse(""),
                r.get("database.pool-size").asInt().orElse(10));
        var central = new CentralSettings(text(r.get("central.url")),
                r.get("central.user").asString().orElse(""),
                r.get("central.password").asString().orElse(""));
        var broker = new BrokerSettings(text(r.get("broker.url")),
                r.get("broker.user").asString().orElse(""),
                r.get("broker.password").asString().orElse(""),
                r.get("broker.embedded-port").asInt().orElse(61616),
                r.get("broker.consumers").asInt().orElse(2));
        var poService = new PurchaseOrderServiceSettings(text(r.get("purchase-order-service.url")),
                duration(r.get("purchase-order-service.timeout"), Duration.ofSeconds(10)));
        var smtp = new SmtpSettings(text(r.get("smtp.host")),
                r.get("smtp.port").asInt().orElse(25),
                r.get("smtp.from").asString().orElse("restock@localhost"),
                r.get("smtp.user").asString().orElse(""),
                r.get("smtp.password").asString().orElse(""),
                r.get("smtp.start-tls").asBoolean().orElse(false));
        var demo = new DemoSettings(r.get("demo.feed").asBoolean().orElse(true),
                r.get("demo.events-per-second").asDouble().orElse(1.0),
                r.get("demo.seed").asLong().orElse(20_260_501L),
                users(r.get("demo.users")));
        return new RestockSettings(profile, dataDir, http, security, stream, jobs, workflow, database, central, broker, poService, smtp,
                demo);
    }

    private static List<UserSettings> users(Config list) {
        return list.asNodeList().orElse(List.of()).stream()
                .map(user -> new UserSettings(
                        user.get("login").asString().get(),
                        user.get("password-hash").asString().get(),
                        user.get("roles").asList(String.class).orElse(List.of())))
                .toList();
    }

    private static Optional<String> text(Config node) {
        return node.asString().asOptional().map(String::trim).filter(s -> !s.isEmpty());
    }

    private static Duration duration(Config node, Duration fallback) {
        return node.asString().asOptional().map(Duration::parse).orElse(fallback);
    }
}
