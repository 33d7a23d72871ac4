package org.restock.desktop.operations;

import org.junit.jupiter.api.Test;
import org.restock.desktop.api.Operations;
import org.restock.desktop.common.Tasks;
import org.restock.desktop.testing.FakeRestockApi;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OperationsViewModelTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC);

    FakeRestockApi api = new FakeRestockApi(List.of());
    OperationsViewModel model = new OperationsViewModel(api, new Tasks(Runnable::run, Runnable::run), CLOCK);

    @Test
    void showsEventsLatencyDeadLettersHealthAndAlerts() {
        api.operations(new Operations(Map.of("StockLevelChanged", 1204L, "PurchaseOrderCreated", 87L),
                Map.of("p50", 1.24, "p99", 8.0), 2L,
                Map.of("database", "UP", "purchaseOrderService", "DOWN"),
                List.of(new Operations.Alert("WARNING", "purchase-order service unhealthy for 30 min",
                        Instant.parse("2026-11-24T08:30:00Z")))));

        model.refresh();

        assertThat(model.events()).containsExactly(
                new OperationsViewModel.Line("StockLevelChanged", "1,204", false),
                new OperationsViewModel.Line("PurchaseOrderCreated", "87", false),
                new OperationsViewModel.Line("All events", "1,291", false));
        assertThat(model.latencyProperty().get()).isEqualTo("p50 1.2 ms · p99 8.0 ms");
        assertThat(model.deadLettersProperty().get()).isEqualTo("2 messages wait for an operator");
        assertThat(model.deadLettersWaitingProperty().get()).isTrue();
        assertThat(model.health()).containsExactly(
                new OperationsViewModel.Line("Database", "UP", false),
                new OperationsViewModel.Line("Purchase-order service", "DOWN", true));
        assertThat(model.alerts()).extracting(OperationsViewModel.Line::value)
                .containsExactly("purchase-order service unhealthy for 30 min (since 24 Nov 08:30:00)");
        assertThat(model.updatedProperty().get()).isEqualTo("Updated 24 Nov 09:00:00");
    }

    @Test
    void saysSoWhenTheFiguresCannotBeRead() {
        api.failNextOperations(org.restock.desktop.api.ApiException.of(
                org.restock.desktop.api.ApiException.Reason.UNREACHABLE, "Cannot reach the server at http://x:1"));

        model.refresh();

        assertThat(model.problemProperty().get())
                .isEqualTo("Could not read the operations figures: Cannot reach the server at http://x:1");

        model.refresh();
        assertThat(model.problemProperty().get()).isEmpty();
    }
}
