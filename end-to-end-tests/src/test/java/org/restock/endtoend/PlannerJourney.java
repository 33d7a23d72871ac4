package org.restock.endtoend;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import javafx.application.Application;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.restock.desktop.api.SuggestionStatus;
import org.restock.desktop.suggestions.SuggestionRow;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * One server for the class, in a fresh data directory, started before its first test (a server that cannot start errors every
 * test of the class); a fresh workstation for each test, on TestFX's stage, at the sign-in screen.
 */
@ExtendWith(ApplicationExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PlannerJourney {

    Path dataDir;
    EmbeddedRestock restock;
    AdminApi admin;
    PlannerScreen screen;

    abstract EmbeddedRestock startServer(Path dataDir);

    @BeforeAll
    void startTheServer() throws IOException {
        dataDir = Files.createTempDirectory("restock-end-to-end-");
        restock = startServer(dataDir);
        admin = new AdminApi(restock.base);
    }

    @AfterAll
    void stopTheServer() throws IOException {
        if (restock != null) {
            restock.close();
        }
        deleteRecursively(dataDir);
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Each class calls this from its own {@code @Start} method: TestFX looks for it in the test class alone. */
    void openTheWorkstation(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        screen = PlannerScreen.open(stage, restock.base.toString(), EmbeddedRestock.PLANNER);
    }

    @AfterEach
    void closeTheWorkstation() {
        screen.close();
    }

    static SuggestionRow firstOpen(TableView<SuggestionRow> table, Predicate<SuggestionRow> which) {
        return PlannerScreen.onFx(() -> table.getItems().stream().filter(r -> r.status() == SuggestionStatus.OPEN)
                .filter(which).findFirst()
                .orElseThrow(() -> new AssertionError("no open suggestion of that kind among " + table.getItems().size())));
    }

    /** The statuses the row goes through from now on, in order. */
    static List<SuggestionStatus> statusesOf(SuggestionRow row) {
        List<SuggestionStatus> seen = new CopyOnWriteArrayList<>();
        PlannerScreen.onFx(() -> {
            row.suggestionProperty().addListener((obs, before, after) -> {
                if (seen.isEmpty() || seen.getLast() != after.status()) {
                    seen.add(after.status());
                }
            });
            return null;
        });
        return seen;
    }
}
