package org.restock.desktop;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.restock.desktop.api.Connector;
import org.restock.desktop.api.Session;
import org.restock.desktop.common.DialogService;
import org.restock.desktop.common.FxDialogService;
import org.restock.desktop.common.Settings;
import org.restock.desktop.common.Tasks;
import org.restock.desktop.connection.ConnectionViewModel;
import org.restock.desktop.connection.LoginView;
import org.restock.desktop.operations.OperationsView;
import org.restock.desktop.operations.OperationsViewModel;
import org.restock.desktop.suggestions.SuggestionsView;
import org.restock.desktop.suggestions.SuggestionsViewModel;

import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Builds the object graph by hand and shows it in a window: the connect screen, then the suggestions. */
public final class Workstation {

    static final double DEFAULT_WIDTH = 1440;
    static final double DEFAULT_HEIGHT = 860;

    private final Connector connector;
    private final Settings settings;
    private final Clock clock;
    private final ExecutorService background = Executors.newVirtualThreadPerTaskExecutor();
    /** Details are fetched once the selection rests for a moment, not for every row an arrow key passes. */
    private final Tasks tasks = new Tasks(background, Platform::runLater, java.time.Duration.ofMillis(120));
    private Stage stage;
    private Scene scene;
    private SuggestionsViewModel suggestions;

    public Workstation(Connector connector, Settings settings, Clock clock) {
        this.connector = connector;
        this.settings = settings;
        this.clock = clock;
    }

    public void show(Stage window, LaunchOptions options) {
        this.stage = window;
        ConnectionViewModel connection = new ConnectionViewModel(connector, tasks, settings, this::signedIn);
        connection.prefill(options.server(), options.user(), options.password());
        scene = new Scene(new LoginView(connection).build(),
                settings.get("window.width").map(Double::parseDouble).orElse(DEFAULT_WIDTH),
                settings.get("window.height").map(Double::parseDouble).orElse(DEFAULT_HEIGHT));
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource("restock.css")).toExternalForm());
        window.setTitle("Restock — planner workstation");
        window.setMinWidth(900);
        window.setMinHeight(560);
        window.setScene(scene);
        window.widthProperty().addListener((obs, before, after) -> remember("window.width", after.doubleValue()));
        window.heightProperty().addListener((obs, before, after) -> remember("window.height", after.doubleValue()));
        window.show();
        if (options.signsInAtOnce()) {
            connection.connect();
        }
    }

    private void signedIn(Session session) {
        DialogService dialogs = new FxDialogService(() -> stage);
        suggestions = new SuggestionsViewModel(session, tasks, dialogs, clock);
        Tab suggestionsTab = new Tab("Suggestions", new SuggestionsView(suggestions, tasks, settings, clock).build());
        suggestionsTab.setId("tab-suggestions");
        Tab operationsTab = new Tab("Operations");
        operationsTab.setId("tab-operations");
        operationsTab.setContent(new OperationsView(new OperationsViewModel(session.api(), tasks, clock))
                .build(operationsTab.selectedProperty()));
        TabPane tabs = new TabPane(suggestionsTab, operationsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add(atlantafx.base.theme.Styles.TABS_FLOATING);
        scene.setRoot(tabs);
        stage.setTitle("Restock — " + session.user() + " @ " + session.server().baseUri());
        suggestions.start();
    }

    private void remember(String key, double value) {
        if (stage != null && !stage.isMaximized() && !stage.isFullScreen()) {
            settings.put(key, String.format(Locale.ROOT, "%.0f", value));
        }
    }

    /** The suggestions screen's view model once signed in (for tests). */
    public SuggestionsViewModel suggestions() {
        return suggestions;
    }

    public void stop() {
        if (suggestions != null) {
            suggestions.stop();
        }
        background.shutdownNow();
        settings.flush();
    }
}
