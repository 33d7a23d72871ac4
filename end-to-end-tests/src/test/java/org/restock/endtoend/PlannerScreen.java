package org.restock.endtoend;

import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.restock.desktop.LaunchOptions;
import org.restock.desktop.Workstation;
import org.restock.desktop.api.Connector;
import org.restock.desktop.common.Settings;
import org.restock.desktop.suggestions.SuggestionRow;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The planner's workstation, the real one, in a stage of its own: signs in through the sign-in
 * screen and reads the suggestions table as the planner sees it (rendered cells, row styles).
 */
final class PlannerScreen {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    private final FxRobot robot;
    final Workstation workstation;

    private PlannerScreen(FxRobot robot, Workstation workstation) {
        this.robot = robot;
        this.workstation = workstation;
    }

    /** Opens the workstation on {@code stage} with server and user filled in; the password is still to type. */
    static PlannerScreen open(Stage stage, String server, String user) {
        Workstation workstation = new Workstation(Connector.http(), new RememberedNothing(), Clock.systemDefaultZone());
        workstation.show(stage, LaunchOptions.parse(List.of("--server", server, "--user", user), Map.of()));
        return new PlannerScreen(new FxRobot(), workstation);
    }

    /** Types the password, presses Enter, and waits for the table to load and the stream to go live. */
    @SuppressWarnings("unchecked")
    TableView<SuggestionRow> signIn(String password) {
        robot.clickOn("#password").write(password).type(KeyCode.ENTER);
        await("signed in, suggestions loaded").atMost(PATIENCE).until(() -> workstation.suggestions() != null
                && onFx(() -> workstation.suggestions().loadedProperty().get()));
        await("connection live").atMost(PATIENCE).until(() -> onFx(() -> robot.lookup("#connection").queryAs(Label.class).getText()).equals("Live"));
        return robot.lookup("#suggestions").queryAs(TableView.class);
    }

    /** "/" to search, the order number, Enter into the table, then Home and Down until the line is selected. */
    void selectWithKeyboard(TableView<SuggestionRow> table, SuggestionRow target) {
        robot.type(KeyCode.SLASH);
        robot.write(target.suggestion().purchaseOrderId());
        await("the search narrows the table").atMost(PATIENCE).until(() -> onFx(() -> table.getItems().contains(target)
                && table.getItems().stream().allMatch(r -> r.suggestion().purchaseOrderId().contains(target.suggestion().purchaseOrderId()))));
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.HOME);
        for (int i = 0; i < 50 && onFx(() -> table.getSelectionModel().getSelectedItem()) != target; i++) {
            robot.type(KeyCode.DOWN);
        }
        await("the line is selected").atMost(PATIENCE).until(() -> onFx(() -> table.getSelectionModel().getSelectedItem()) == target);
    }

    String labelText(String id) {
        return onFx(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    Button button(String id) {
        return onFx(() -> robot.lookup(id).queryAs(Button.class));
    }

    static Optional<TableRow<?>> rowNode(TableView<SuggestionRow> table, String id) {
        for (Node node : table.lookupAll(".table-row-cell")) {
            if (node instanceof TableRow<?> row && row.getItem() instanceof SuggestionRow item && item.id().equals(id)) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    /** What the planner reads in a column of the suggestion's row; empty when the row is not on screen. */
    static String cell(TableView<SuggestionRow> table, String id, String column) {
        return onFx(() -> rowNode(table, id).flatMap(row -> row.lookupAll(".table-cell").stream()
                        .filter(node -> node instanceof TableCell<?, ?> c && c.getTableColumn() != null
                                && ("column-" + column).equals(c.getTableColumn().getId()))
                        .map(node -> ((TableCell<?, ?>) node).getText())
                        .findFirst())
                .orElse(""));
    }

    /** The colour the planner sees a cell's text in; null when the row is not on screen. */
    static Color cellColour(TableView<SuggestionRow> table, String id, String column) {
        return onFx(() -> rowNode(table, id).flatMap(row -> row.lookupAll(".table-cell").stream()
                        .filter(node -> node instanceof TableCell<?, ?> c && c.getTableColumn() != null
                                && ("column-" + column).equals(c.getTableColumn().getId()))
                        .map(node -> ((TableCell<?, ?>) node).getTextFill())
                        .filter(Color.class::isInstance)
                        .map(Color.class::cast)
                        .findFirst())
                .orElse(null));
    }

    static boolean rowStyled(TableView<SuggestionRow> table, String id, String pseudoClass) {
        return onFx(() -> rowNode(table, id)
                .map(row -> row.getPseudoClassStates().stream().anyMatch(p -> p.getPseudoClassName().equals(pseudoClass)))
                .orElse(false));
    }

    static <T> T onFx(Callable<T> query) {
        try {
            return WaitForAsyncUtils.asyncFx(query).get();
        } catch (Exception e) {
            throw new AssertionError("could not read the scene: " + e, e);
        }
    }

    void close() {
        onFx(() -> {
            workstation.stop();
            return null;
        });
    }

    /** Column widths and the like stay in memory: nothing is written to the user's home. */
    private static final class RememberedNothing implements Settings {
        private final Map<String, String> values = new HashMap<>();

        @Override
        public synchronized Optional<String> get(String key) {
            return Optional.ofNullable(values.get(key));
        }

        @Override
        public synchronized void put(String key, String value) {
            values.put(key, value);
        }
    }
}
