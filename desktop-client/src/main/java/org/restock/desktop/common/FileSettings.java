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
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Settings in a properties file, by default {@code ~/.restock/desktop-client.properties}. Writes
 * happen off the UI thread, gathered: dragging a column or the window changes values many times a
 * second, the file is written once when they rest.
 */
public final class FileSettings implements Settings {

    private static final Logger LOG = LoggerFactory.getLogger(FileSettings.class);
    private static final long WRITE_DELAY_MILLIS = 500;

    private final Path file;
    private final Properties values = new Properties();
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "restock-settings");
        thread.setDaemon(true);
        return thread;
    });
    private boolean writeScheduled;

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
        if (!writeScheduled) {
            writeScheduled = true;
            writer.schedule(this::write, WRITE_DELAY_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void flush() {
        write();
        writer.shutdown();
    }

    private void write() {
        Properties copy = new Properties();
        synchronized (this) {
            writeScheduled = false;
            copy.putAll(values);
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temporary = Files.createTempFile(parent, "settings", ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                copy.store(out, "Restock planner workstation");
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Could not save the settings to {}: {}", file, e.getMessage());
        }
    }
}
