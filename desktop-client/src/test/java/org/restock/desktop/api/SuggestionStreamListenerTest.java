package org.restock.desktop.api;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.restock.desktop.testing.ContractServer;
import org.restock.desktop.testing.SuggestionMother;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class SuggestionStreamListenerTest {

    ContractServer server;
    SuggestionFeed.Subscription subscription;
    final List<String> heard = new CopyOnWriteArrayList<>();
    final SuggestionFeed.Listener recorder = new SuggestionFeed.Listener() {
        @Override
        public void opened() {
            heard.add("opened");
        }

        @Override
        public void lost(String why) {
            heard.add("lost");
        }

        @Override
        public void changed(long sequence, Suggestion suggestion) {
            heard.add(sequence + " " + suggestion.id() + " " + suggestion.status());
        }

        @Override
        public void removed(long sequence, String suggestionId) {
            heard.add(sequence + " removed " + suggestionId);
        }
    };

    @BeforeEach
    void start() throws Exception {
        server = new ContractServer(SuggestionMother.morning());
    }

    @AfterEach
    void stop() {
        if (subscription != null) {
            subscription.close();
        }
        server.close();
    }

    SuggestionFeed feed() {
        return new SuggestionStreamListener(new ServerAddress(server.uri(), ContractServer.USER,
                ContractServer.PASSWORD.toCharArray()), Duration.ofMillis(100));
    }

    @Test
    void deliversChangesAndRemovalsAfterTheGivenPosition() {
        long before = server.push(SuggestionMother.suggestion("old").build());
        subscription = feed().subscribe(before, recorder);
        await().atMost(Duration.ofSeconds(10)).until(() -> heard.contains("opened"));

        long changed = server.push(SuggestionMother.suggestion("new").build());
        long removed = server.remove("s-01");

        await().atMost(Duration.ofSeconds(10)).until(() -> heard.contains(removed + " removed s-01"));
        assertThat(heard).containsExactly("opened", changed + " new OPEN", removed + " removed s-01");
        assertThat(server.lastEventIdsSeen()).containsExactly(Long.toString(before));
    }

    @Test
    void resumesAfterTheLastEventItSawWhenTheStreamBreaks() {
        subscription = feed().subscribe(server.latestSequence(), recorder);
        await().atMost(Duration.ofSeconds(10)).until(() -> server.openStreams() == 1);
        long first = server.push(SuggestionMother.suggestion("a").build());
        await().atMost(Duration.ofSeconds(10)).until(() -> heard.contains(first + " a OPEN"));

        server.dropStreams();
        await().atMost(Duration.ofSeconds(10)).until(() -> heard.contains("lost"));
        long missed = server.push(SuggestionMother.suggestion("b").build());

        await().atMost(Duration.ofSeconds(10)).until(() -> heard.contains(missed + " b OPEN"));
        assertThat(server.lastEventIdsSeen()).last().isEqualTo(Long.toString(first));
        assertThat(heard).filteredOn(line -> line.endsWith("a OPEN")).hasSize(1);
    }
}
