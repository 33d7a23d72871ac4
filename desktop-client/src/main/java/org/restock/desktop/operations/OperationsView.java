package org.restock.desktop.operations;

import atlantafx.base.theme.Styles;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.util.Duration;

/** The operations tab. Thin: binds to {@link OperationsViewModel}; reads again every 10 s while shown. */
public final class OperationsView {

    private final OperationsViewModel model;

    public OperationsView(OperationsViewModel model) {
        this.model = model;
    }

    /** Builds the tab's content; it refreshes itself while {@code shown} is true. */
    public Parent build(ReadOnlyBooleanProperty shown) {
        Label title = new Label("Operations");
        title.getStyleClass().add(Styles.TITLE_3);
        Label updated = new Label();
        updated.getStyleClass().add(Styles.TEXT_MUTED);
        updated.textProperty().bind(model.updatedProperty());
        Button refresh = new Button("Refresh");
        refresh.setId("operations-refresh");
        refresh.setOnAction(e -> model.refresh());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, title, updated, spacer, refresh);
        header.setAlignment(Pos.CENTER_LEFT);

        Label problem = new Label();
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        Label latency = new Label();
        latency.setWrapText(true);
        latency.setId("operations-latency");
        latency.textProperty().bind(model.latencyProperty());
        Label deadLetters = new Label();
        deadLetters.setWrapText(true);
        deadLetters.setId("operations-dead-letters");
        deadLetters.textProperty().bind(model.deadLettersProperty());
        model.deadLettersWaitingProperty().addListener((obs, before, after) -> bad(deadLetters, after));
        GridPane handling = new GridPane();
        handling.setHgap(16);
        handling.setVgap(6);
        handling.addRow(0, muted("Handling latency"), latency);
        handling.addRow(1, muted("Dead letters"), deadLetters);

        FlowPane cards = new FlowPane(16, 16,
                card("Dependencies", lines(model.health(), "operations-health", true, "")),
                card("Handling", handling),
                card("Events handled", lines(model.events(), "operations-events", false, "No events handled yet")),
                card("Alerts", lines(model.alerts(), "operations-alerts", false, "No alerts")));

        VBox content = new VBox(16, header, problem, cards);
        content.setPadding(new Insets(20));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setId("operations");

        Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(10), e -> model.refresh()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        shown.addListener((obs, before, after) -> {
            if (after) {
                model.refresh();
                ticker.play();
            } else {
                ticker.stop();
            }
        });
        return scroll;
    }

    private static Node card(String heading, Node body) {
        Label label = new Label(heading);
        label.getStyleClass().addAll(Styles.TEXT_BOLD, "section-heading");
        VBox card = new VBox(10, label, body);
        card.getStyleClass().add("operations-card");
        card.setPadding(new Insets(14, 18, 14, 18));
        card.setPrefWidth(340);
        return card;
    }

    private static GridPane lines(ObservableList<OperationsViewModel.Line> lines, String id, boolean dots, String empty) {
        GridPane grid = new GridPane();
        grid.setId(id);
        grid.setHgap(16);
        grid.setVgap(6);
        Runnable fill = () -> {
            grid.getChildren().clear();
            if (lines.isEmpty() && !empty.isEmpty()) {
                grid.add(muted(empty), 0, 0);
                return;
            }
            int row = 0;
            for (OperationsViewModel.Line line : lines) {
                Label name = new Label(line.name());
                name.setMinWidth(Region.USE_PREF_SIZE);
                if (dots) {
                    Circle dot = new Circle(5);
                    dot.getStyleClass().add(line.bad() ? "dot-bad" : "dot-good");
                    name.setGraphic(dot);
                }
                Label value = new Label(line.value());
                value.setWrapText(true);
                bad(value, line.bad());
                grid.addRow(row++, name, value);
            }
        };
        lines.addListener((ListChangeListener<OperationsViewModel.Line>) c -> fill.run());
        fill.run();
        return grid;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }

    private static void bad(Label label, boolean bad) {
        if (bad) {
            if (!label.getStyleClass().contains(Styles.DANGER)) {
                label.getStyleClass().add(Styles.DANGER);
            }
        } else {
            label.getStyleClass().remove(Styles.DANGER);
        }
    }
}
