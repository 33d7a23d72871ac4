package org.restock.desktop.suggestions;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The detail pane beside the table. Thin: binds to {@link DetailViewModel} and the screen's actions. */
final class DetailView {

    private final SuggestionsViewModel screen;
    private final DetailViewModel model;

    DetailView(SuggestionsViewModel screen) {
        this.screen = screen;
        this.model = screen.detail();
    }

    Parent build() {
        Label title = new Label();
        title.setId("detail-title");
        title.getStyleClass().add(Styles.TITLE_3);
        title.setWrapText(true);
        title.textProperty().bind(model.titleProperty());
        Label subtitle = new Label();
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        subtitle.setWrapText(true);
        subtitle.textProperty().bind(model.subtitleProperty());

        Label banner = new Label();
        banner.setId("detail-banner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.textProperty().bind(model.bannerProperty());
        banner.getStyleClass().add("banner");
        model.toneProperty().addListener((obs, before, after) -> tone(banner, after));
        tone(banner, model.toneProperty().get());
        Button resend = button("Resend", "detail-resend", Styles.DANGER, screen::resend);
        resend.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        resend.visibleProperty().bind(screen.canResendProperty());
        resend.managedProperty().bind(resend.visibleProperty());
        HBox bannerRow = new HBox(10, banner, resend);
        bannerRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(banner, Priority.ALWAYS);
        bannerRow.visibleProperty().bind(model.bannerProperty().isNotEmpty());
        bannerRow.managedProperty().bind(bannerRow.visibleProperty());

        Label proposal = new Label();
        proposal.setId("detail-proposal");
        proposal.getStyleClass().addAll(Styles.TITLE_4, "proposal");
        proposal.setWrapText(true);
        proposal.textProperty().bind(model.proposalProperty());

        Label explanation = new Label();
        explanation.setId("detail-explanation");
        explanation.setWrapText(true);
        explanation.textProperty().bind(model.explanationProperty());

        Button accept = button("Accept", "detail-accept", Styles.SUCCESS, screen::accept);
        accept.disableProperty().bind(screen.canAcceptProperty().not());
        Button dismiss = button("Dismiss…", "detail-dismiss", null, screen::dismiss);
        dismiss.disableProperty().bind(screen.canDismissProperty().not());
        Button snooze = button("Snooze…", "detail-snooze", null, screen::snooze);
        snooze.disableProperty().bind(screen.canSnoozeProperty().not());
        FlowPane actions = new FlowPane(8, 8, accept, dismiss, snooze);

        ProgressIndicator loading = new ProgressIndicator();
        loading.setPrefSize(16, 16);
        loading.visibleProperty().bind(model.loadingProperty());
        Label loadProblem = new Label();
        loadProblem.getStyleClass().add(Styles.DANGER);
        loadProblem.setWrapText(true);
        loadProblem.textProperty().bind(model.loadProblemProperty());
        loadProblem.visibleProperty().bind(model.loadProblemProperty().isNotEmpty());
        loadProblem.managedProperty().bind(loadProblem.visibleProperty());

        VBox history = new VBox(6);
        history.setId("detail-history");
        model.history().addListener((ListChangeListener<DetailViewModel.HistoryLine>) c -> fillHistory(history));

        VBox content = new VBox(12,
                title, subtitle, bannerRow, proposal, explanation,
                section("Figures", facts(model.figures(), "detail-figures")),
                actions,
                new HBox(8, heading("Order line"), loading),
                facts(model.lineFacts(), "detail-line"),
                loadProblem,
                heading("Product"), facts(model.productFacts(), "detail-product"),
                heading("History"), history);
        content.setPadding(new Insets(16));
        content.getStyleClass().add("detail");
        content.visibleProperty().bind(model.presentProperty());

        Label empty = new Label("Select a suggestion to see why it exists and what it changes.");
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.setWrapText(true);
        empty.visibleProperty().bind(model.presentProperty().not());
        StackPane.setAlignment(empty, Pos.TOP_LEFT);
        StackPane.setMargin(empty, new Insets(16));

        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        StackPane root = new StackPane(scroll, empty);
        root.setId("detail");
        root.setMinWidth(300);
        return root;
    }

    private static void tone(Label banner, DetailViewModel.Tone tone) {
        banner.getStyleClass().removeAll("tone-info", "tone-success", "tone-warning", "tone-danger", "tone-none");
        banner.getStyleClass().add("tone-" + tone.name().toLowerCase(java.util.Locale.ROOT));
    }

    private static Button button(String text, String id, String style, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        if (style != null) {
            button.getStyleClass().add(style);
        }
        button.setOnAction(e -> action.run());
        // A click leaves the keyboard focus in the table, so the planner goes on with the keys.
        button.setFocusTraversable(false);
        return button;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TEXT_BOLD, "section-heading");
        return label;
    }

    private static Node section(String heading, Node body) {
        VBox box = new VBox(6, heading(heading), body);
        box.visibleProperty().bind(Bindings.isNotEmpty(((GridPane) body).getChildren()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private static GridPane facts(ObservableList<DetailViewModel.Fact> facts, String id) {
        GridPane grid = new GridPane();
        grid.setId(id);
        grid.setHgap(16);
        grid.setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setPercentWidth(55);
        ColumnConstraints values = new ColumnConstraints();
        values.setPercentWidth(45);
        grid.getColumnConstraints().setAll(labels, values);
        Runnable fill = () -> {
            grid.getChildren().clear();
            int rowIndex = 0;
            for (DetailViewModel.Fact fact : facts) {
                Label label = new Label(fact.label());
                label.getStyleClass().add(Styles.TEXT_MUTED);
                label.setWrapText(true);
                Label value = new Label(fact.value());
                value.setWrapText(true);
                grid.addRow(rowIndex++, label, value);
            }
        };
        facts.addListener((ListChangeListener<DetailViewModel.Fact>) c -> fill.run());
        fill.run();
        return grid;
    }

    private void fillHistory(VBox box) {
        box.getChildren().clear();
        if (model.history().isEmpty()) {
            return;
        }
        for (DetailViewModel.HistoryLine line : model.history()) {
            Label when = new Label(line.at());
            when.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            when.setMinWidth(120);
            Label what = new Label(line.action() + (line.detail().isEmpty() ? "" : " — " + line.detail()));
            what.setWrapText(true);
            box.getChildren().add(new HBox(10, when, what));
        }
    }
}
