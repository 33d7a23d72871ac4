package org.restock.adapters.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.restock.domain.events.BusinessEvent;
import org.restock.domain.events.BusinessEvent.ProductInformationPublished;
import org.restock.domain.events.BusinessEvent.PurchaseOrderChanged;
import org.restock.domain.events.BusinessEvent.PurchaseOrderFinished;
import org.restock.domain.purchaseorder.FinishReason;
import org.restock.domain.purchaseorder.LineStatus;
import org.restock.domain.shared.EventId;

class JacksonEventDecodersTest {

    private final JacksonEventDecoders decoders = new JacksonEventDecoders();
    private static final EventId ID = new EventId("e-1");

    private BusinessEvent decoded(String type, String body) {
        var result = decoders.decode(type, 1, ID, body);
        assertThat(result).isInstanceOf(Decoded.Event.class);
        return ((Decoded.Event) result).event();
    }

    private Decoded.Rejected rejected(String type, Integer version, String body) {
        var result = decoders.decode(type, version, ID, body);
        assertThat(result).isInstanceOf(Decoded.Rejected.class);
        return (Decoded.Rejected) result;
    }

    @Test
    void aForecastIsOneRateOrADailySeries() {
        var series = (ProductInformationPublished) decoded("ProductInformationPublished",
                EventJson.productInformationPublished("P-1", "S-1"));
        var rate = (ProductInformationPublished) decoded("ProductInformationPublished",
                EventJson.productInformationPublished("P-1", "S-1").replace("[10,12,8]", "7.5"));

        assertThat(series.information().forecast().series()).containsExactly(10.0, 12.0, 8.0);
        assertThat(rate.information().forecast().unitsPerDay()).isEqualTo(7.5);
        assertThat(series.eventId()).isEqualTo(ID);
    }

    @Test
    void unknownFieldsAreIgnoredAndEnumsReadInAnyCase() {
        var changed = (PurchaseOrderChanged) decoded("PurchaseOrderChanged",
                EventJson.purchaseOrderChanged("PO-1", 2, "P-1", 40).replace("\"OPEN\"", "\"open\"")
                        .replace("{\"purchaseOrderId\"", "{\"addedLater\":{\"x\":1},\"purchaseOrderId\""));
        var finished = (PurchaseOrderFinished) decoded("PurchaseOrderFinished",
                EventJson.purchaseOrderFinished("PO-1", "closed"));

        assertThat(changed.changedLines().getFirst().status()).isEqualTo(LineStatus.OPEN);
        assertThat(changed.changedLines().getFirst().expectedDelivery()).isEqualTo(LocalDate.of(2027, 3, 15));
        assertThat(finished.reason()).isEqualTo(FinishReason.CLOSED);
    }

    @Test
    void namesWhatIsWrongWithAnInvalidBody() {
        assertThat(rejected("PurchaseOrderFinished", 1, EventJson.purchaseOrderFinished("PO-1", "LOST")).code())
                .isEqualTo(DeadLetterCode.INVALID_BODY);
        assertThat(rejected("StockLevelChanged", 1, "{\"productId\":\"P-1\",\"delta\":\"many\","
                + "\"occurredAt\":\"2027-03-01T08:00:00Z\"}").reason()).startsWith("INVALID_BODY: not a valid "
                + "StockLevelChanged v1: ");
        assertThat(rejected("StockLevelChanged", 1, "null").reason()).contains("the body is JSON null");
        assertThat(rejected("PurchaseOrderChanged", 1, "{\"purchaseOrderId\":\"PO-1\",\"orderVersion\":1,"
                + "\"supplierId\":\"S-1\",\"changedLines\":[null]}").reason()).contains("'changedLines[0]' is missing");
        assertThat(rejected("StockLevelChanged", 1, "{\"productId\": ").code()).isEqualTo(DeadLetterCode.UNDECODABLE_BODY);
    }

    @Test
    void refusesVersionsItDoesNotRead() {
        assertThat(rejected("StockLevelChanged", 2, "{}").reason())
                .isEqualTo("UNSUPPORTED_VERSION: StockLevelChanged eventVersion 2 is not supported; supported: [1]");
        assertThat(rejected("StockLevelChanged", null, "{}").code()).isEqualTo(DeadLetterCode.UNSUPPORTED_VERSION);
    }
}
