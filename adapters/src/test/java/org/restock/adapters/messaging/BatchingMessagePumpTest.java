package org.restock.adapters.messaging;

import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.restock.domain.events.HandleBusinessEvent.Outcome;
import org.restock.domain.shared.EventId;

/** Every pump test again with up to 10 messages per transaction, and what batching must not break. */
class BatchingMessagePumpTest extends ArtemisMessagePumpTest {

    @Override
    int batchSize() {
        return 10;
    }

    @Test
    void aMessageThatKeepsFailingDoesNotTakeItsBatchMatesToTheDeadLetterQueue() {
        var unreachable = new UnreachablePurchaseOrderSystem();
        test = new TestDomain(unreachable);
        for (int i = 0; i < 30; i++) {
            if (i == 12) {
                broker.sendEvent("PurchaseOrderCreated", "poison", EventJson.purchaseOrderCreated("PO-13"));
            }
            broker.sendEvent("StockLevelChanged", "m-" + i, EventJson.stockLevelChanged("P-" + (i % 3), 1));
        }
        startPump(1);

        await().atMost(ofSeconds(20)).until(() -> broker.depth(EventQueues.DEAD_LETTERS) == 1
                && listener.count(Outcome.HANDLED) == 30);
        var letter = new ArtemisDeadLetters(broker.producers).list(5).getFirst();
        assertThat(letter.eventId()).isEqualTo("poison");
        assertThat(letter.code()).isEqualTo(DeadLetterCode.DELIVERY_ATTEMPTS_EXHAUSTED);
        IntStream.range(0, 30).forEach(i -> assertThat(test.memory.processed.isProcessed(new EventId("m-" + i))).isTrue());
        IntStream.range(0, 3).forEach(p -> assertThat(product("P-" + p).orElseThrow().onHand()).isEqualTo(10));
        assertThat(listener.count(Outcome.DUPLICATE)).as("a failed batch left nothing half-applied").isZero();
    }

    @Test
    void anUndecodableMessageInABatchIsDeadLetteredAloneAndTheRestHandled() {
        for (int i = 0; i < 20; i++) {
            broker.sendEvent("StockLevelChanged", "b-" + i, i == 7 ? "not json" : EventJson.stockLevelChanged("P-1", 1));
        }
        startPump(1);

        await().atMost(ofSeconds(20)).until(() -> listener.count(Outcome.HANDLED) == 19);
        assertThat(listener.deadLettered).containsExactly(DeadLetterCode.UNDECODABLE_BODY);
        assertThat(broker.depth(EventQueues.DEAD_LETTERS)).isEqualTo(1);
        assertThat(product("P-1").orElseThrow().onHand()).isEqualTo(19);
    }
}
