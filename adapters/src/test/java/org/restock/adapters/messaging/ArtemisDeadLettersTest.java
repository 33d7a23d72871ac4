package org.restock.adapters.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtemisDeadLettersTest {

    @TempDir
    Path data;

    private BrokerFixture broker;
    private DeadLetters deadLetters;

    @BeforeEach
    void start() {
        broker = new BrokerFixture(data);
        deadLetters = new ArtemisDeadLetters(broker.producers);
        for (int i = 1; i <= 3; i++) {
            broker.send(EventQueues.DEAD_LETTERS, "{\"n\":" + i + "}", Map.of(EventQueues.EVENT_TYPE, "StockLevelChanged",
                    EventQueues.EVENT_VERSION, 1, EventQueues.EVENT_ID, "e-" + i,
                    EventQueues.DEAD_LETTER_CODE, "INVALID_BODY", EventQueues.DEAD_LETTER_REASON, "INVALID_BODY: n " + i,
                    EventQueues.FIRST_FAILED_AT, "2027-03-01T10:00:0" + i + "Z", EventQueues.ORIGINAL_MESSAGE_ID, "ID:orig-" + i));
        }
    }

    @AfterEach
    void stop() {
        broker.close();
    }

    @Test
    void countsAndListsWithReasonTypeOriginalIdsAndFirstFailure() {
        assertThat(deadLetters.count()).isEqualTo(3);
        var letters = deadLetters.list(2);

        assertThat(letters).hasSize(2);
        var first = letters.getFirst();
        assertThat(first.eventId()).isEqualTo("e-1");
        assertThat(first.eventType()).isEqualTo("StockLevelChanged");
        assertThat(first.code()).isEqualTo(DeadLetterCode.INVALID_BODY);
        assertThat(first.reason()).isEqualTo("INVALID_BODY: n 1");
        assertThat(first.originalMessageId()).isEqualTo("ID:orig-1");
        assertThat(first.firstFailedAt()).hasToString("2027-03-01T10:00:01Z");
        assertThat(first.messageId()).startsWith("ID:");
        assertThat(first.body()).isEqualTo("{\"n\":1}");
    }

    @Test
    void requeuesOneKeepingItsEventIdAndFirstFailureButNotItsDeadLetterMarks() throws Exception {
        var second = deadLetters.list(3).get(1);

        assertThat(deadLetters.requeue(second.messageId())).isTrue();
        assertThat(deadLetters.requeue(second.messageId())).as("already gone").isFalse();

        assertThat(deadLetters.count()).isEqualTo(2);
        var requeued = broker.browse(EventQueues.EVENTS);
        assertThat(requeued).hasSize(1);
        var message = requeued.getFirst();
        assertThat(message.getStringProperty(EventQueues.EVENT_ID)).isEqualTo("e-2");
        assertThat(message.getIntProperty(EventQueues.EVENT_VERSION)).isEqualTo(1);
        assertThat(message.getStringProperty(EventQueues.FIRST_FAILED_AT)).isEqualTo("2027-03-01T10:00:02Z");
        assertThat(message.getStringProperty(EventQueues.ORIGINAL_MESSAGE_ID)).isEqualTo("ID:orig-2");
        assertThat(message.propertyExists(EventQueues.DEAD_LETTER_REASON)).isFalse();
        assertThat(((jakarta.jms.TextMessage) message).getText()).isEqualTo("{\"n\":2}");
    }

    @Test
    void requeuesAll() {
        assertThat(deadLetters.requeueAll()).isEqualTo(3);

        assertThat(deadLetters.count()).isZero();
        assertThat(broker.depth(EventQueues.EVENTS)).isEqualTo(3);
    }

    @Test
    void dropsOne() {
        var first = deadLetters.list(1).getFirst();

        assertThat(deadLetters.drop(first.messageId())).isTrue();

        assertThat(deadLetters.list(5)).extracting(DeadLetter::eventId).containsExactly("e-2", "e-3");
        assertThat(broker.depth(EventQueues.EVENTS)).isZero();
    }

    @Test
    void dropsAll() {
        assertThat(deadLetters.dropAll()).isEqualTo(3);

        assertThat(deadLetters.count()).isZero();
        assertThat(broker.depth(EventQueues.EVENTS)).isZero();
    }
}
