package org.restock.desktop.common;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/** Settings in a properties file, by default {@code ~/.restock/desktop-client.properties}. */
public final class FileSettings implements Settings {

    private static final Logger LOG = LoggerFactory.getLogger(FileSettings.class);

    private final Path file;
    private final Properties values = new Properties();

    public FileSettings(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                values.load(in);
            } catch (IOException e) {
                LOG.warn("Could not read the settings in {}; starting with defaults: {}", file, e.getMessage());
            }
        }
    }

    /** The file named by {@code -Drestock.settings.file}, else the one in the user's home. */
    public static FileSettings standard() {
        String configured = System.getProperty("restock.settings.file");
        return new FileSettings(configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".restock", "desktop-client.properties"));
    }

    @Override
    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(values.getProperty(key));
    }

    @Override
    public synchronized void put(String key, String value) {
        if (value.equals(values.getProperty(key))) {
            return;
        }
        values.setProperty(key, value);
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temporary = Files.createTempFile(parent, "settings", ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                values.store(out, "Restock planner workstation");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Could not save the settings to {}: {}", file, e.getMessage());
        }
    }
}
