package org.restock.publisher;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a synthetic stream to a broker:
 * {@code java -cp … org.restock.publisher.PublisherCli --url tcp://127.0.0.1:61616 --user restock
 * --password … --count 1000 --rate 50 --seed 42 --products 200 --suppliers 20 --orders 300}.
 * A rate of 0 sends as fast as the broker takes them.
 */
public final class PublisherCli {

    private static final Logger LOG = LoggerFactory.getLogger(PublisherCli.class);
    private static final Set<String> OPTIONS = Set.of("url", "user", "password", "count", "rate", "seed", "products",
            "suppliers", "orders");

    private PublisherCli() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            LOG.error("{}. Options: --url --user --password --count --rate --seed --products --suppliers --orders",
                    e.getMessage());
            System.exit(2);
            return;
        }
        long seed = Long.parseLong(options.getOrDefault("seed", "42"));
        long count = Long.parseLong(options.getOrDefault("count", "1000"));
        double rate = Double.parseDouble(options.getOrDefault("rate", "50"));
        var catalogue = Catalogue.synthetic(Integer.parseInt(options.getOrDefault("products", "200")),
                Integer.parseInt(options.getOrDefault("suppliers", "20")),
                Integer.parseInt(options.getOrDefault("orders", "300")), seed, LocalDate.now(ZoneOffset.UTC));
        String url = options.getOrDefault("url", "tcp://127.0.0.1:61616");
        try (var factory = new ActiveMQConnectionFactory(url, options.getOrDefault("user", "restock"),
                options.getOrDefault("password", ""));
             var publisher = new EventPublisher(factory, new EventStream(catalogue, seed, Clock.systemUTC()), rate)) {
            long started = System.nanoTime();
            publisher.publish(count);
            double seconds = (System.nanoTime() - started) / 1e9;
            LOG.info("Sent {} events to {} in {} s ({} events/s)", count, url, String.format("%.1f", seconds),
                    String.format("%.0f", count / Math.max(seconds, 1e-9)));
        } finally {
            // the client's pool threads are not daemons and would keep the process alive for a minute
            ActiveMQClient.clearThreadPools();
        }
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'");
            }
            String name = arg.substring(2);
            String value;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
            if (!OPTIONS.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name);
            }
            options.put(name, value);
        }
        return options;
    }
}
