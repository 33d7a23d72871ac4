package org.restock.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.restock.domain.shared.EventId;
import org.restock.domain.shared.ProcessedMessages;

/** The contract of the {@link ProcessedMessages} port: de-duplication by the business event id. */
abstract class ProcessedMessagesContract {

    static final Instant AT = Instant.parse("2027-03-01T10:00:00Z");

    ProcessedMessages processed;

    protected abstract Stores freshStores();

    @BeforeEach
    void setUp() {
        processed = freshStores().processed();
    }

    @Test
    void marksAnEventOnceAndRecognisesItsDuplicate() {
        EventId id = new EventId("evt-" + "x".repeat(190));

        assertThat(processed.isProcessed(id)).isFalse();
        assertThat(processed.markProcessed(id, "StockLevelChanged", AT)).isTrue();
        assertThat(processed.isProcessed(id)).isTrue();
        assertThat(processed.markProcessed(id, "StockLevelChanged", AT.plusSeconds(5))).isFalse();
        assertThat(processed.isProcessed(new EventId("evt-other"))).isFalse();
    }

    @Test
    void prunesRecordsOlderThanTheCutoff() {
        processed.markProcessed(new EventId("old"), "StockLevelChanged", AT);
        processed.markProcessed(new EventId("edge"), "StockLevelChanged", AT.plusSeconds(60));

        assertThat(processed.pruneOlderThan(AT.plusSeconds(60))).isEqualTo(1);

        assertThat(processed.isProcessed(new EventId("old"))).isFalse();
        assertThat(processed.isProcessed(new EventId("edge"))).isTrue();
        assertThat(processed.markProcessed(new EventId("old"), "StockLevelChanged", AT)).isTrue();
    }
}
