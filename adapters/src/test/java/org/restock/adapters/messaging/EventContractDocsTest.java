package org.restock.adapters.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.restock.domain.shared.EventId;

/** Each page of docs/events/ shows a JSON example that the pump decodes as it says. */
class EventContractDocsTest {

    private static final Path PAGES = Path.of("..", "docs", "events");
    private static final Pattern EXAMPLE = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);

    static Stream<String> types() {
        return new JacksonEventDecoders().types().stream();
    }

    @ParameterizedTest
    @MethodSource("types")
    void theExampleOnEachTypesPageDecodes(String type) throws IOException {
        String page = Files.readString(PAGES.resolve(type + ".md"));
        var example = EXAMPLE.matcher(page);
        assertThat(example.find()).as("a JSON example on " + type + ".md").isTrue();

        var decoded = new JacksonEventDecoders().decode(type, 1, new EventId("doc-1"), example.group(1));

        assertThat(decoded).isInstanceOf(Decoded.Event.class);
        assertThat(((Decoded.Event) decoded).event().type()).isEqualTo(type);
    }

    @ParameterizedTest
    @MethodSource("types")
    void theContractIndexListsEachType(String type) throws IOException {
        assertThat(Files.readString(PAGES.resolve("README.md"))).contains("[" + type + ".md](" + type + ".md)");
    }
}
