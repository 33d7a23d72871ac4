package org.restock.desktop.scene;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.restock.desktop.LaunchOptions;
import org.restock.desktop.Workstation;
import org.restock.desktop.api.Connector;
import org.restock.desktop.api.Severity;
import org.restock.desktop.api.Suggestion;
import org.restock.desktop.api.SuggestionKind;
import org.restock.desktop.api.SuggestionStatus;
import org.restock.desktop.suggestions.SuggestionRow;
import org.restock.desktop.testing.ContractServer;
import org.restock.desktop.testing.InMemorySettings;
import org.restock.desktop.testing.SuggestionMother;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.restock.desktop.scene.SceneSupport.cellText;
import static org.restock.desktop.scene.SceneSupport.onFx;
import static org.restock.desktop.scene.SceneSupport.rowHasPseudoClass;

/** Changes the test's server pushes, as the real scene shows them; and screenshots of the main views. */
@ExtendWith(ApplicationExtension.class)
class LiveChangesSceneTest {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    ContractServer server;
    Workstation workstation;
    Stage stage;
    InMemorySettings settings = new InMemorySettings();

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        server = new ContractServer(SuggestionMother.morning());
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        settings.put("column.proposal.width", "200");
        workstation = new Workstation(Connector.http(), settings, Clock.systemDefaultZone());
        workstation.show(stage, LaunchOptions.parse(List.of("--server", server.uri().toString(), "--user", ContractServer.USER),
                Map.of("RESTOCK_PASSWORD", ContractServer.PASSWORD)));
    }

    @AfterEach
    void stop() {
        SceneSupport.runFx(workstation::stop);
        server.close();
    }

    @SuppressWarnings("unchecked")
    TableView<SuggestionRow> signedIn(FxRobot robot) {
        await().atMost(PATIENCE).until(() -> workstation.suggestions() != null
                && onFx(() -> workstation.suggestions().loadedProperty().get()));
        await().atMost(PATIENCE).until(() -> onFx(() -> robot.lookup("#connection").queryAs(Label.class).getText()).equals("Live"));
        return robot.lookup("#suggestions").queryAs(TableView.class);
    }

    SuggestionRow selectByClicking(FxRobot robot, TableView<SuggestionRow> table, String id) {
        SuggestionRow row = onFx(() -> table.getItems().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow());
        robot.clickOn(onFx(() -> row.suggestion().orderLine()));
        await().atMost(PATIENCE).until(() -> onFx(() -> table.getSelectionModel().getSelectedItem() == row));
        return row;
    }

    @Test
    void aPushedChangeAppearsWithoutLosingTheSelection(FxRobot robot) {
        TableView<SuggestionRow> table = signedIn(robot);
        SuggestionRow selected = selectByClicking(robot, table, "s-09");
        String detailTitle = onFx(() -> robot.lookup("#detail-title").queryAs(Label.class).getText());

        server.push(SuggestionMother.suggestion("s-new").kind(SuggestionKind.EXPEDITE).severity(Severity.RED)
                .line("PO-10099", "1").product("P-0999", "Carafe 1 l").supplier("S-020", "Vetro Milano").build());
        server.push(SuggestionMother.withImpact(server.get("s-09"), 175));

        await().atMost(PATIENCE).until(() -> cellText(table, "s-new", "column-product").equals("Carafe 1 l"));
        await().atMost(PATIENCE).until(() -> cellText(table, "s-09", "column-impact_units").equals("175"));
        assertThat(onFx(() -> table.getItems().size())).isEqualTo(11);
        assertThat(onFx(() -> table.getSelectionModel().getSelectedItems())).containsExactly(selected);
        assertThat(onFx(() -> workstation.suggestions().selectedProperty().get())).isSameAs(selected);
        assertThat(onFx(() -> robot.lookup("#detail-title").queryAs(Label.class).getText())).isEqualTo(detailTitle);
    }

    @Test
    void aFailureShowsInRedWithItsReasonAndAResendButton(FxRobot robot) throws IOException {
        TableView<SuggestionRow> table = signedIn(robot);
        server.failNextAccept("PO system answered 503 Service Unavailable");
        selectByClicking(robot, table, "s-04");

        robot.type(KeyCode.ENTER);

        await().atMost(PATIENCE).until(() -> cellText(table, "s-04", "column-status")
                .equals("Failed: PO system answered 503 Service Unavailable"));
        assertThat(rowHasPseudoClass(table, "s-04", "failed")).isTrue();

        selectByClicking(robot, table, "s-04");
        Button resend = robot.lookup("#detail-resend").queryAs(Button.class);
        assertThat(onFx(resend::isVisible)).isTrue();
        assertThat(onFx(() -> robot.lookup("#detail-banner").queryAs(Label.class).getText()))
                .isEqualTo("Failed at updating the purchase order: PO system answered 503 Service Unavailable. Resend to try again from that step.");
        SceneSupport.screenshot(stage.getScene(), "failed-suggestion");

        robot.type(KeyCode.R);

        await().atMost(PATIENCE).until(() -> cellText(table, "s-04", "column-status").equals("Handled"));
        assertThat(rowHasPseudoClass(table, "s-04", "failed")).isFalse();
    }

    @Test
    void aSuggestionWithdrawnWhileSelectedIsMarkedAndCannotBeAccepted(FxRobot robot) throws IOException {
        TableView<SuggestionRow> table = signedIn(robot);
        selectByClicking(robot, table, "s-02");
        assertThat(onFx(() -> robot.lookup("#detail-accept").queryAs(Button.class).isDisabled())).isFalse();

        Suggestion current = server.get("s-02");
        server.push(SuggestionMother.moved(current, SuggestionStatus.WITHDRAWN, "no rule fires any more: 200 units arrived early"));

        await().atMost(PATIENCE).until(() -> onFx(() -> robot.lookup("#detail-banner").queryAs(Label.class).getText())
                .equals("Withdrawn: no rule fires any more: 200 units arrived early. Nothing to do any more."));
        assertThat(onFx(() -> robot.lookup("#detail-accept").queryAs(Button.class).isDisabled())).isTrue();
        assertThat(onFx(() -> robot.lookup("#detail-dismiss").queryAs(Button.class).isDisabled())).isTrue();
        assertThat(rowHasPseudoClass(table, "s-02", "withdrawn")).isTrue();
        assertThat(onFx(() -> table.getSelectionModel().getSelectedItem().id())).isEqualTo("s-02");
        SceneSupport.screenshot(stage.getScene(), "withdrawn-suggestion");

        robot.type(KeyCode.A);
        assertThat(server.requests()).noneMatch(r -> r.contains("s-02/accept"));
    }

    @Test
    void bulkAcceptAsksFirstNamingCountAndSuppliers(FxRobot robot) throws IOException {
        TableView<SuggestionRow> table = signedIn(robot);
        selectByClicking(robot, table, "s-03");
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        assertThat(onFx(() -> table.getSelectionModel().getSelectedItems().size())).isEqualTo(3);

        robot.type(KeyCode.A);

        await().atMost(PATIENCE).until(() -> robot.lookup("#confirm-dialog").tryQuery().isPresent());
        String question = onFx(() -> ((javafx.scene.control.DialogPane) robot.lookup("#confirm-dialog").query()).getHeaderText());
        assertThat(question).startsWith("Accept 3 suggestions for");
        SceneSupport.screenshot(robot.lookup("#confirm-dialog").query().getScene(), "bulk-accept-confirmation");
        robot.clickOn("Accept 3");

        await().atMost(PATIENCE).until(() -> server.requests().contains("POST /api/v1/suggestions/accept"));
    }

    javafx.scene.control.Button dialogButton(FxRobot robot, String dialogId, String text) {
        await().atMost(PATIENCE).until(() -> robot.lookup("#" + dialogId).tryQuery().isPresent());
        return robot.from(robot.lookup("#" + dialogId).queryAll())
                .lookup((javafx.scene.control.Button b) -> text.equals(b.getText())).query();
    }

    @Test
    void dismissesAndSnoozesFromTheKeyboard(FxRobot robot) {
        TableView<SuggestionRow> table = signedIn(robot);
        selectByClicking(robot, table, "s-06");

        robot.type(KeyCode.D);
        javafx.scene.control.Button dismiss = dialogButton(robot, "reason-dialog", "Dismiss");
        assertThat(onFx(dismiss::isDisabled)).as("no reason yet").isTrue();
        robot.clickOn("#reason").write("supplier already confirmed");
        robot.clickOn(dismiss);

        await().atMost(PATIENCE).until(() -> server.get("s-06").status() == SuggestionStatus.DISMISSED);
        assertThat(server.get("s-06").statusReason()).isEqualTo("supplier already confirmed");
        await().atMost(PATIENCE).until(() -> onFx(() -> table.getItems().stream().noneMatch(r -> r.id().equals("s-06"))));

        selectByClicking(robot, table, "s-09");
        robot.type(KeyCode.S);
        robot.clickOn(dialogButton(robot, "snooze-dialog", "Snooze"));

        await().atMost(PATIENCE).until(() -> server.get("s-09").snoozedUntil() != null);
        assertThat(server.get("s-09").snoozedUntil()).isAfter(java.time.LocalDate.now());
        await().atMost(PATIENCE).until(() -> onFx(() -> table.getItems().stream().noneMatch(r -> r.id().equals("s-09"))));
    }

    @Test
    void remembersColumnWidths(FxRobot robot) {
        TableView<SuggestionRow> table = signedIn(robot);
        javafx.scene.control.TableColumn<SuggestionRow, ?> proposal = onFx(() -> table.getColumns().stream()
                .filter(c -> "column-proposal".equals(c.getId())).findFirst().orElseThrow());
        assertThat(onFx(proposal::getPrefWidth)).isEqualTo(200.0);

        SceneSupport.runFx(() -> stage.setWidth(stage.getWidth() - 120));

        await().atMost(PATIENCE).until(() -> settings.get("column.status.width").isPresent());
        assertThat(settings.values()).containsKeys("column.product.width", "window.width");
    }

    @Test
    void showsTheOperationsFigures(FxRobot robot) throws IOException {
        signedIn(robot);

        robot.clickOn("#tab-operations");

        await().atMost(PATIENCE).until(() -> onFx(() -> robot.lookup("#operations-latency").queryAs(Label.class).getText())
                .equals("p50 1.2 ms · p99 8.0 ms"));
        assertThat(onFx(() -> robot.lookup("#operations-dead-letters").queryAs(Label.class).getText()))
                .isEqualTo("2 messages wait for an operator");
        assertThat(robot.lookup("Purchase-order service").tryQuery()).isPresent();
        SceneSupport.screenshot(stage.getScene(), "operations");
    }

    @Test
    void savesScreenshotsOfTheMainViews(FxRobot robot) throws IOException {
        TableView<SuggestionRow> table = signedIn(robot);
        selectByClicking(robot, table, "s-02");
        await().atMost(PATIENCE).until(() -> onFx(() -> !workstation.suggestions().detail().history().isEmpty()));
        assertThat(SceneSupport.screenshot(stage.getScene(), "suggestions")).exists();

        robot.type(KeyCode.SLASH);
        robot.write("knife");
        await().atMost(PATIENCE).until(() -> onFx(() -> table.getItems().size()) == 2);
        assertThat(SceneSupport.screenshot(stage.getScene(), "search")).exists();
    }
}
