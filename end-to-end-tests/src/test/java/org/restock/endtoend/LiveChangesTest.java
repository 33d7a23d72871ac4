package org.restock.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.restock.endtoend.PlannerScreen.PATIENCE;
import static org.restock.endtoend.PlannerScreen.onFx;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.restock.desktop.api.SuggestionKind;
import org.restock.desktop.api.SuggestionStatus;
import org.restock.desktop.suggestions.SuggestionRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * A business event from outside — the warehouse publishing to the server's broker over TCP — reaches
 * the planner's table while they keep working on their line.
 */
class LiveChangesTest extends PlannerJourney {

    @Override
    EmbeddedRestock startServer(Path dataDir) {
        return EmbeddedRestock.start(dataDir);
    }

    @Start
    void start(Stage stage) {
        openTheWorkstation(stage);
    }

    @Test
    void aStockCountFromTheWarehouseChangesTheTableAndTheSelectionStays() {
        TableView<SuggestionRow> table = screen.signIn("planner");
        SuggestionRow working = firstOpen(table, r -> r.suggestion().kind() == SuggestionKind.EXPEDITE);
        SuggestionRow postpone = firstOpen(table, r -> r.suggestion().kind() == SuggestionKind.POSTPONE
                && !r.suggestion().productId().equals(working.suggestion().productId()));
        String product = postpone.suggestion().productId();
        screen.selectWithKeyboard(table, working);
        FxRobot robot = new FxRobot();
        robot.type(KeyCode.SLASH).type(KeyCode.BACK_SPACE).type(KeyCode.ESCAPE);
        await("the whole table again").atMost(PATIENCE).until(() -> onFx(() -> table.getItems().contains(postpone)));
        String detail = screen.labelText("#detail-title");
        Map<String, SuggestionRow> before = rowsOf(table, product);

        try (Warehouse warehouse = new Warehouse(restock.brokerPort, restock.dataDir)) {
            warehouse.stockCounted(product, 0);
        }

        await("the withdrawal reaches the table").atMost(PATIENCE)
                .until(() -> onFx(postpone::status) == SuggestionStatus.WITHDRAWN);
        assertThat(postpone.suggestion().statusReason()).startsWith("superseded by EXPEDITE");
        await("the new suggestion appears").atMost(PATIENCE).until(() -> rowsOf(table, product).size() > before.size());
        Map<String, SuggestionRow> after = rowsOf(table, product);
        after.keySet().removeAll(before.keySet());
        assertThat(after.values()).singleElement().satisfies(fresh -> {
            assertThat(fresh.suggestion().kind()).isEqualTo(SuggestionKind.EXPEDITE);
            assertThat(fresh.status()).isEqualTo(SuggestionStatus.OPEN);
            assertThat(fresh.suggestion().orderLine()).isEqualTo(postpone.suggestion().orderLine());
        });
        assertThat(onFx(() -> table.getSelectionModel().getSelectedItems())).as("the planner's selection").containsExactly(working);
        assertThat(onFx(() -> screen.workstation.suggestions().selectedProperty().get())).isSameAs(working);
        assertThat(screen.labelText("#detail-title")).isEqualTo(detail);
    }

    @Test
    void aSuggestionWithdrawnWhileThePlannerLooksAtItIsMarkedAndCannotBeAccepted() {
        TableView<SuggestionRow> table = screen.signIn("planner");
        SuggestionRow postpone = firstOpen(table, r -> r.suggestion().kind() == SuggestionKind.POSTPONE);
        screen.selectWithKeyboard(table, postpone);
        assertThat(onFx(() -> screen.button("#detail-accept").isDisabled())).isFalse();

        try (Warehouse warehouse = new Warehouse(restock.brokerPort, restock.dataDir)) {
            warehouse.stockCounted(postpone.suggestion().productId(), 0);
        }

        await("the withdrawal reaches the detail").atMost(PATIENCE).until(() -> screen.labelText("#detail-banner")
                .startsWith("Withdrawn: superseded by EXPEDITE"));
        assertThat(onFx(() -> screen.button("#detail-accept").isDisabled())).isTrue();
        assertThat(PlannerScreen.rowStyled(table, postpone.id(), "withdrawn")).isTrue();
        assertThat(onFx(() -> screen.button("#detail-dismiss").isDisabled())).isTrue();
        assertThat(onFx(() -> table.getSelectionModel().getSelectedItem())).as("still selected").isSameAs(postpone);
    }

    static Map<String, SuggestionRow> rowsOf(TableView<SuggestionRow> table, String product) {
        return onFx(() -> table.getItems().stream().filter(r -> r.suggestion().productId().equals(product))
                .collect(Collectors.toMap(SuggestionRow::id, r -> r, (a, b) -> a, HashMap::new)));
    }
}
