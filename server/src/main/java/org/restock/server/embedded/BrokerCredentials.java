package org.restock.server.embedded;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Properties;
import org.restock.server.config.RestockSettings.BrokerSettings;

/**
 * The user and password of the embedded broker: the configured ones, or else a random password made
 * on first start and kept in {@code <data-dir>/broker-credentials.properties} (owner-readable only),
 * where a local publisher finds it. No password ever sits in the configuration by default.
 */
public record BrokerCredentials(String user, String password, Path file) {

    public static final String FILE = "broker-credentials.properties";
    private static final String DEFAULT_USER = "restock";

    public static BrokerCredentials forEmbedded(BrokerSettings settings, Path dataDir) {
        if (!settings.password().isEmpty()) {
            String user = settings.user().isBlank() ? DEFAULT_USER : settings.user();
            return new BrokerCredentials(user, settings.password(), null);
        }
        Path file = dataDir.resolve(FILE);
        try {
            Properties properties = new Properties();
            if (Files.isReadable(file)) {
                try (Reader in = Files.newBufferedReader(file)) {
                    properties.load(in);
                }
            }
            if (properties.getProperty("password", "").isEmpty()) {
                byte[] random = new byte[18];
                new SecureRandom().nextBytes(random);
                properties.setProperty("user", DEFAULT_USER);
                properties.setProperty("password", HexFormat.of().formatHex(random));
                Files.createDirectories(dataDir);
                try (Writer out = Files.newBufferedWriter(file)) {
                    properties.store(out, "embedded broker: what local publishers connect with");
                }
                restrict(file);
            }
            return new BrokerCredentials(properties.getProperty("user", DEFAULT_USER), properties.getProperty("password"),
                    file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write " + file, e);
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: its own permissions apply
        }
    }
}
