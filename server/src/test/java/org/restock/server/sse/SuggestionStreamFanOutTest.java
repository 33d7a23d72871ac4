package org.restock.server.sse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.restock.domain.shared.CorrelationId;
import org.restock.domain.testing.InMemoryRestock;
import org.restock.domain.testing.MutableClock;
import org.restock.domain.testing.SuggestionMother;
import org.restock.server.config.RestockSettings.StreamSettings;
import org.restock.server.http.Json;
import org.restock.server.http.SuggestionViews;

/** One poller, many clients: a client that stops reading is cut off without holding back the others. */
class SuggestionStreamFanOutTest {

    private final InMemoryRestock restock = new InMemoryRestock(MutableClock.at("2027-03-01T08:00:00Z"));
    private final SuggestionStream stream = new SuggestionStream(restock.changes,
            new SuggestionViews(restock.products, restock.suppliers), new Json(),
            new StreamSettings(Duration.ofSeconds(15), Duration.ofMillis(50), 2, 100));

    private void change() {
        restock.changes.appendState(SuggestionMother.open(), CorrelationId.newId(), restock.clock.instant());
    }

    @Test
    void aClientThatFallsAQueueBehindIsClosedWhileTheOthersGetEveryEvent() throws InterruptedException {
        StreamClient stalled = stream.connect();
        StreamClient reading = stream.connect();
        List<Long> received = new ArrayList<>();

        for (int i = 0; i < 5; i++) {
            change();
            stream.poll();
            StreamClient.Event event = reading.next(Duration.ZERO);
            received.add(event.sequence());
        }

        assertThat(received).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(stalled.overflowed()).isTrue();
        assertThat(stalled.next(Duration.ZERO)).isSameAs(StreamClient.Event.END);
        assertThat(stream.clientCount()).isEqualTo(1);
    }

    @Test
    void rendersAChangeOnceAsAnSseEvent() {
        change();
        restock.changes.appendRemoval(SuggestionMother.SUGGESTION_ID, CorrelationId.newId(), restock.clock.instant());
        List<String> texts = new ArrayList<>();

        stream.replay(0, event -> texts.add(event.text()));

        assertThat(texts.get(0)).startsWith("id: 1\nevent: suggestion\ndata: {\"id\":\"sg-1\"").endsWith("}\n\n");
        assertThat(texts.get(1)).isEqualTo("id: 2\nevent: suggestion-removed\ndata: {\"id\":\"sg-1\"}\n\n");
    }

    @Test
    void endingTheStreamEndsEveryClient() throws InterruptedException {
        StreamClient client = stream.connect();

        stream.close();

        assertThat(client.next(Duration.ZERO)).isSameAs(StreamClient.Event.END);
    }
}
