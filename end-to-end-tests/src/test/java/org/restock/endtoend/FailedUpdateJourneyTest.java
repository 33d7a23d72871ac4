package org.restock.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.restock.endtoend.PlannerScreen.PATIENCE;
import static org.restock.endtoend.PlannerScreen.cell;
import static org.restock.endtoend.PlannerScreen.onFx;
import static org.restock.endtoend.PlannerScreen.rowStyled;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.restock.desktop.api.SuggestionKind;
import org.restock.desktop.api.SuggestionStatus;
import org.restock.desktop.suggestions.SuggestionRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The PO service is down: the planner sees the failure in red with its reason, and resends once it is back. */
class FailedUpdateJourneyTest extends PlannerJourney {

    static final String REASON = "demonstration: PO service down";

    /** The plain server, giving up after two attempts a fifth of a second apart rather than after a minute. */
    @Override
    EmbeddedRestock startServer(Path dataDir) {
        return EmbeddedRestock.start(dataDir, Map.of(
                "restock.workflow.max-attempts", "2",
                "restock.workflow.first-backoff", "PT0.2S",
                "restock.workflow.max-backoff", "PT0.2S"));
    }

    @Start
    void start(Stage stage) {
        openTheWorkstation(stage);
    }

    @Test
    void aFailedPurchaseOrderUpdateShowsInRedAndIsResentOnceTheServiceIsBack() {
        TableView<SuggestionRow> table = screen.signIn("planner");
        SuggestionRow postpone = firstOpen(table, r -> r.suggestion().kind() == SuggestionKind.POSTPONE);
        admin.failPurchaseOrderService(REASON);
        try {
            screen.selectWithKeyboard(table, postpone);
            new FxRobot().type(KeyCode.A);

            await("the workflow gives up after its attempts").atMost(PATIENCE)
                    .until(() -> onFx(postpone::status) == SuggestionStatus.FAILED);
            await().atMost(PATIENCE).until(() -> cell(table, postpone.id(), "status").startsWith("Failed: "));
            assertThat(cell(table, postpone.id(), "status")).contains(REASON);
            assertThat(rowStyled(table, postpone.id(), "failed")).isTrue();
            assertThat(PlannerScreen.cellColour(table, postpone.id(), "status")).as("shown in red")
                    .satisfies(red -> assertThat(red.getRed()).isGreaterThan(2 * Math.max(red.getGreen(), red.getBlue())));
        } finally {
            admin.recoverPurchaseOrderService();
        }

        screen.selectWithKeyboard(table, postpone);
        assertThat(screen.labelText("#detail-banner")).contains(REASON);
        new FxRobot().type(KeyCode.R);

        await("resent and handled").atMost(PATIENCE).until(() -> onFx(postpone::status) == SuggestionStatus.HANDLED);
        await().atMost(PATIENCE).until(() -> cell(table, postpone.id(), "status").equals("Handled"));
        assertThat(rowStyled(table, postpone.id(), "failed")).isFalse();
        var proposal = postpone.suggestion().proposal();
        List<JsonNode> updates = admin.purchaseOrderUpdatesFor(postpone.id());
        assertThat(updates).last().satisfies(update -> {
            assertThat(update.get("line").asText())
                    .isEqualTo(postpone.suggestion().purchaseOrderId() + "/" + postpone.suggestion().lineId());
            assertThat(update.get("change").asText())
                    .isEqualTo("delivery date " + proposal.fromDate() + " -> " + proposal.toDate());
            assertThat(update.get("outcome").asText()).isEqualTo("applied");
        });
        assertThat(updates.subList(0, updates.size() - 1)).as("the attempts while it was down").isNotEmpty()
                .allSatisfy(update -> assertThat(update.get("outcome").asText()).isEqualTo("failed: " + REASON));
    }
}
