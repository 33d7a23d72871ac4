package org.restock.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.restock.endtoend.PlannerScreen.PATIENCE;
import static org.restock.endtoend.PlannerScreen.onFx;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.Map;
import java.util.HashMap;
import java.util.stream.Collectors;
import javafx.application.Application;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.restock.desktop.api.SuggestionKind;
import org.restock.desktop.api.SuggestionStatus;
import org.restock.desktop.suggestions.SuggestionRow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A business event from outside reaches the planner's table while they keep working on their line. */
@ExtendWith(ApplicationExtension.class)
class LiveChangesTest {

    @TempDir
    static Path dataDir;
    static EmbeddedRestock restock;

    PlannerScreen screen;

    @BeforeAll
    static void startTheServer() {
        restock = EmbeddedRestock.start(dataDir);
    }

    @AfterAll
    static void stopTheServer() {
        if (restock != null) {
            restock.close();
        }
    }

    @Start
    void openTheWorkstation(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        screen = PlannerScreen.open(stage, restock.base.toString(), EmbeddedRestock.PLANNER);
    }

    @AfterEach
    void closeTheWorkstation() {
        screen.close();
    }

    @Test
    void aStockCountFromTheWarehouseChangesTheTableAndTheSelectionStays() {
        TableView<SuggestionRow> table = screen.signIn("planner");
        SuggestionRow working = PlannerJourneyTest.firstOpen(table, r -> r.suggestion().kind() == SuggestionKind.EXPEDITE);
        SuggestionRow postpone = PlannerJourneyTest.firstOpen(table, r -> r.suggestion().kind() == SuggestionKind.POSTPONE
                && !r.suggestion().productId().equals(working.suggestion().productId()));
        String product = postpone.suggestion().productId();
        screen.selectWithKeyboard(table, working);
        FxRobot robot = new FxRobot();
        robot.type(KeyCode.SLASH).type(KeyCode.BACK_SPACE).type(KeyCode.ESCAPE);
        await("the whole table again").atMost(PATIENCE).until(() -> onFx(() -> table.getItems().contains(postpone)));
        String detail = screen.labelText("#detail-title");
        Map<String, SuggestionRow> before = rowsOf(table, product);

        restock.stockCounted(product, 0);

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

    static Map<String, SuggestionRow> rowsOf(TableView<SuggestionRow> table, String product) {
        return onFx(() -> table.getItems().stream().filter(r -> r.suggestion().productId().equals(product))
                .collect(Collectors.toMap(SuggestionRow::id, r -> r, (a, b) -> a, HashMap::new)));
    }
}
