package org.restock.desktop.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class FileSettingsTest {

    @Test
    void remembersValuesAcrossRuns(@TempDir Path dir) {
        Path file = dir.resolve("nested").resolve("desktop-client.properties");
        FileSettings first = new FileSettings(file);
        first.put("connection.server", "http://restock.example:8080");
        first.put("column.product.width", "212");
        first.flush();

        FileSettings second = new FileSettings(file);
        assertThat(second.get("connection.server")).contains("http://restock.example:8080");
        assertThat(second.get("column.product.width")).contains("212");
        assertThat(second.get("connection.password")).isEmpty();
    }

    @Test
    void writesByItselfOnceTheValuesRest(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("desktop-client.properties");
        FileSettings settings = new FileSettings(file);
        for (int width = 100; width < 200; width++) {
            settings.put("window.width", Integer.toString(width));
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(file)
                && Files.readString(file).contains("window.width=199"));
    }

    @Test
    void startsWithDefaultsWhenTheFileIsUnreadable(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("desktop-client.properties");
        Files.createDirectories(file);

        assertThat(new FileSettings(file).get("window.width")).isEmpty();
    }
}
