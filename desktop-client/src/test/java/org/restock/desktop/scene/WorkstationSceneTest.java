package org.restock.desktop.scene;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
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
import org.restock.desktop.api.SuggestionStatus;
import org.restock.desktop.suggestions.SuggestionRow;
import org.restock.desktop.testing.ContractServer;
import org.restock.desktop.testing.InMemorySettings;
import org.restock.desktop.testing.SuggestionMother;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.restock.desktop.scene.SceneSupport.cellText;
import static org.restock.desktop.scene.SceneSupport.onFx;

/**
 * The real workstation in a real scene (headless unless -Dfx.gui), signing in to a server that
 * speaks the contract: the test's own by default, or any Restock server named by
 * {@code -Drestock.scene.server=URL} (with {@code restock.scene.user} / {@code restock.scene.password}).
 */
@ExtendWith(ApplicationExtension.class)
class WorkstationSceneTest {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    ContractServer server;
    URI serverUri;
    String user;
    String password;
    Workstation workstation;
    Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        String external = System.getProperty("restock.scene.server");
        if (external != null && !external.isBlank()) {
            serverUri = URI.create(external);
            user = System.getProperty("restock.scene.user", "planner");
            password = System.getProperty("restock.scene.password", "planner");
        } else {
            server = new ContractServer(SuggestionMother.morning());
            serverUri = server.uri();
            user = ContractServer.USER;
            password = ContractServer.PASSWORD;
        }
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        workstation = new Workstation(Connector.http(), new InMemorySettings(), Clock.systemDefaultZone());
        workstation.show(stage, LaunchOptions.parse(List.of("--server", serverUri.toString(), "--user", user), Map.of()));
    }

    @AfterEach
    void stop() {
        SceneSupport.runFx(workstation::stop);
        if (server != null) {
            server.close();
        }
    }

    @SuppressWarnings("unchecked")
    TableView<SuggestionRow> table(FxRobot robot) {
        return robot.lookup("#suggestions").queryAs(TableView.class);
    }

    TableView<SuggestionRow> signIn(FxRobot robot) {
        robot.clickOn("#password").write(password).type(KeyCode.ENTER);
        await().atMost(PATIENCE).until(() -> workstation.suggestions() != null
                && onFx(() -> workstation.suggestions().loadedProperty().get()));
        TableView<SuggestionRow> table = table(robot);
        await().atMost(PATIENCE).until(() -> onFx(() -> !table.getItems().isEmpty()));
        await().atMost(PATIENCE).until(() -> onFx(() -> robot.lookup("#connection").queryAs(Label.class).getText()).equals("Live"));
        return table;
    }

    @Test
    void signsInAndShowsTheSuggestions(FxRobot robot) {
        TableView<SuggestionRow> table = signIn(robot);

        assertThat(onFx(() -> table.getItems().size())).isPositive();
        assertThat(stage.getTitle()).contains(user + " @ " + serverUri);
        if (server != null) {
            assertThat(onFx(() -> table.getItems().size())).isEqualTo(10);
            assertThat(cellText(table, "s-03", "column-proposal")).isEqualTo("reduce 500 → 300");
            assertThat(cellText(table, "s-01", "column-kind")).isEqualTo("Cancel");
        }
    }

    @Test
    void refusesAWrongPasswordWithAClearMessage(FxRobot robot) throws IOException {
        robot.clickOn("#password").write("not-the-password").type(KeyCode.ENTER);

        await().atMost(PATIENCE).until(() -> onFx(() -> robot.lookup("#login-error").queryAs(Label.class).getText())
                .equals("Wrong user name or password."));
        SceneSupport.screenshot(stage.getScene(), "sign-in");
    }

    @Test
    void acceptsWithTheKeyboardAndFollowsTheStatusToHandled(FxRobot robot) {
        TableView<SuggestionRow> table = signIn(robot);
        SuggestionRow first = onFx(() -> table.getItems().stream()
                .filter(r -> r.status() == SuggestionStatus.OPEN).findFirst().orElseThrow());
        List<SuggestionStatus> seen = new CopyOnWriteArrayList<>();
        SceneSupport.runFx(() -> first.suggestionProperty().addListener((obs, before, after) -> seen.add(after.status())));
        robot.clickOn(onFx(() -> first.suggestion().orderLine()));

        robot.type(KeyCode.A);

        if (server != null) {
            await("the accept reaches the server").atMost(PATIENCE)
                    .until(() -> server.requests().stream().anyMatch(r -> r.contains(first.id() + "/accept")));
        }
        await().atMost(PATIENCE).until(() -> onFx(first::status) == SuggestionStatus.HANDLED);
        assertThat(seen).containsSubsequence(SuggestionStatus.SUBMITTING, SuggestionStatus.HANDLED);
        if (server != null) {
            assertThat(seen).containsExactly(SuggestionStatus.SUBMITTING, SuggestionStatus.PO_UPDATED, SuggestionStatus.HANDLED);
        }
        await().atMost(PATIENCE).until(() -> cellText(table, first.id(), "column-status").equals("Handled"));
        assertThat(onFx(() -> workstation.suggestions().selectedProperty().get())).as("moved on to the next").isNotSameAs(first);
    }
}
