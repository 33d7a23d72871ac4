package org.restock.server;

import io.helidon.config.Config;
import io.helidon.config.ConfigSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.restock.server.config.RestockSettings;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** Starts Restock: {@code java -jar restock-server.jar [config.yaml]}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        RestockSettings settings = RestockSettings.from(config(args));
        // registered before the start, so a SIGTERM during start-up still finds the hook in place
        AtomicReference<RestockServer> started = new AtomicReference<>();
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("restock-shutdown").unstarted(() -> {
            RestockServer server = started.get();
            if (server != null) {
                server.close();
            }
        }));
        started.set(Wiring.start(settings));
    }

    /**
     * Environment variables win, then system properties, then the file given (argument or
     * {@code RESTOCK_CONFIG}), then the built-in {@code application.yaml}.
     */
    static Config config(String[] args) {
        List<Supplier<? extends io.helidon.config.spi.ConfigSource>> sources = new ArrayList<>();
        sources.add(ConfigSources.environmentVariables());
        sources.add(ConfigSources.systemProperties());
        String file = args.length > 0 ? args[0] : System.getenv("RESTOCK_CONFIG");
        if (file != null && !file.isBlank()) {
            if (!Files.isReadable(Path.of(file))) {
                throw new IllegalArgumentException("configuration file not readable: " + file);
            }
            sources.add(ConfigSources.file(file));
        }
        sources.add(ConfigSources.classpath("application.yaml"));
        return Config.builder().sources(sources).disableEnvironmentVariablesSource()
                .disableSystemPropertiesSource().build();
    }
}
