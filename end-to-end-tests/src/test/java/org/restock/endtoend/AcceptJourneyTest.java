package org.restock.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.restock.endtoend.PlannerScreen.PATIENCE;
import static org.restock.endtoend.PlannerScreen.cell;
import static org.restock.endtoend.PlannerScreen.onFx;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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

/** The planner's morning against the embedded default: sign in, find the demo suggestions, accept one from the keyboard. */
class AcceptJourneyTest extends PlannerJourney {

    @Override
    EmbeddedRestock startServer(Path dataDir) {
        return EmbeddedRestock.start(dataDir);
    }

    @Start
    void start(Stage stage) {
        openTheWorkstation(stage);
    }

    @Test
    void acceptsADemoSuggestionFromTheKeyboardAndFollowsItToHandled() {
        TableView<SuggestionRow> table = screen.signIn("planner");

        Set<SuggestionKind> kinds = onFx(() -> table.getItems().stream().map(r -> r.suggestion().kind())
                .collect(Collectors.toSet()));
        assertThat(kinds).as("the demo data shows every kind")
                .containsAll(EnumSet.complementOf(EnumSet.of(SuggestionKind.UNKNOWN)));

        SuggestionRow reduce = firstOpen(table, r -> r.suggestion().kind() == SuggestionKind.REDUCE_QUANTITY);
        List<SuggestionStatus> seen = statusesOf(reduce);
        screen.selectWithKeyboard(table, reduce);

        new FxRobot().type(KeyCode.ENTER);

        await("the workflow handles it").atMost(PATIENCE).until(() -> onFx(reduce::status) == SuggestionStatus.HANDLED);
        assertThat(seen).containsExactly(SuggestionStatus.SUBMITTING, SuggestionStatus.PO_UPDATED, SuggestionStatus.HANDLED);
        await().atMost(PATIENCE).until(() -> cell(table, reduce.id(), "status").equals("Handled"));

        var proposal = reduce.suggestion().proposal();
        assertThat(admin.purchaseOrderUpdatesFor(reduce.id())).singleElement().satisfies(update -> {
            assertThat(update.get("line").asText())
                    .isEqualTo(reduce.suggestion().purchaseOrderId() + "/" + reduce.suggestion().lineId());
            assertThat(update.get("change").asText())
                    .isEqualTo("quantity " + proposal.fromQty().toBigInteger() + " -> " + proposal.toQty().toBigInteger());
            assertThat(update.get("outcome").asText()).isEqualTo("applied");
        });
    }
}
