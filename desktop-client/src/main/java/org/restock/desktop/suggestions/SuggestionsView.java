package org.restock.desktop.suggestions;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.restock.desktop.api.Suggestion;
import org.restock.desktop.api.SuggestionKind;
import org.restock.desktop.api.SuggestionStatus;
import org.restock.desktop.common.Settings;
import org.restock.desktop.common.Tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The main screen: filters, the table, the detail pane, the status bar. Thin: binds to {@link SuggestionsViewModel}. */
public final class SuggestionsView {

    private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");
    private static final PseudoClass WITHDRAWN = PseudoClass.getPseudoClass("withdrawn");
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");

    private final SuggestionsViewModel model;
    private final Tasks tasks;
    private final Settings settings;
    private final Clock clock;
    private final TableView<SuggestionRow> table = new TableView<>();
    private final TextField search = new TextField();
    private boolean syncingSelection;

    public SuggestionsView(SuggestionsViewModel model, Tasks tasks, Settings settings, Clock clock) {
        this.model = model;
        this.tasks = tasks;
        this.settings = settings;
        this.clock = clock;
    }

    public Parent build() {
        buildTable();
        SplitPane split = new SplitPane(table, new DetailView(model).build());
        split.setDividerPositions(settings.get("layout.divider").map(Double::parseDouble).orElse(0.75));
        split.getDividers().get(0).positionProperty().addListener((obs, before, after) ->
                settings.put("layout.divider", String.format(Locale.ROOT, "%.3f", after.doubleValue())));
        SplitPane.setResizableWithParent(split.getItems().get(1), false);

        VBox top = new VBox(toolbar(), kindBar(), messageBar());
        BorderPane root = new BorderPane(split, top, null, statusBar(), null);
        root.getStyleClass().add("suggestions-root");
        root.addEventFilter(KeyEvent.KEY_TYPED, this::slashFocusesSearch);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F5) {
                model.reload();
                e.consume();
            }
        });
        Timeline ageTicker = new Timeline(new KeyFrame(Duration.minutes(1), e -> table.refresh()));
        ageTicker.setCycleCount(Timeline.INDEFINITE);
        ageTicker.play();
        Platform.runLater(table::requestFocus);
        return root;
    }

    // ---- top ----------------------------------------------------------------------------------

    private Parent toolbar() {
        Label title = new Label("Restock");
        title.getStyleClass().addAll(Styles.TITLE_4, "app-title");

        search.setId("search");
        search.setPromptText("Search product, supplier, order…  ( / )");
        search.setPrefColumnCount(18);
        search.textProperty().bindBidirectional(model.filters().searchProperty());
        search.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.DOWN) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                    table.getSelectionModel().select(0);
                }
                e.consume();
            }
        });

        ComboBox<SuggestionStatus> status = new ComboBox<>();
        status.setId("status-filter");
        status.getItems().add(null);
        status.getItems().addAll(SuggestionStatus.OPEN, SuggestionStatus.FAILED, SuggestionStatus.SUBMITTING,
                SuggestionStatus.PO_UPDATED, SuggestionStatus.HANDLED, SuggestionStatus.DISMISSED,
                SuggestionStatus.WITHDRAWN, SuggestionStatus.COMPLETE);
        status.setConverter(converter(s -> s == null ? "Every active status" : s.word()));
        status.valueProperty().bindBidirectional(model.filters().statusProperty());

        ComboBox<SuggestionsViewModel.Choice> supplier = choices("supplier-filter", "All suppliers", model.suppliers(),
                model.filters().supplierIdProperty());
        ComboBox<SuggestionsViewModel.Choice> group = choices("group-filter", "All planner groups", model.plannerGroups(),
                model.filters().plannerGroupProperty());

        CheckBox snoozed = new CheckBox("Snoozed");
        snoozed.setId("show-snoozed");
        snoozed.selectedProperty().bindBidirectional(model.filters().showSnoozedProperty());
        CheckBox finished = new CheckBox("Finished");
        finished.setId("show-finished");
        finished.selectedProperty().bindBidirectional(model.filters().showFinishedProperty());

        Button reload = new Button("↻");
        reload.setId("reload");
        reload.setTooltip(new javafx.scene.control.Tooltip("Read every suggestion again (F5)"));
        reload.setOnAction(e -> model.reload());
        reload.setFocusTraversable(false);

        Button acceptSelected = new Button("Accept selected");
        acceptSelected.setId("accept-selected");
        acceptSelected.disableProperty().bind(Bindings.size(table.getSelectionModel().getSelectedItems()).lessThan(2));
        acceptSelected.setOnAction(e -> acceptSelection());

        // Words never shrink to an ellipsis; the search box and the filters give way instead.
        for (javafx.scene.layout.Region fixed : List.of(title, snoozed, finished, reload, acceptSelected)) {
            fixed.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        search.setMinWidth(160);
        HBox.setHgrow(search, javafx.scene.layout.Priority.SOMETIMES);
        for (ComboBox<?> filter : List.of(status, supplier, group)) {
            filter.setPrefWidth(175);
            filter.setMinWidth(120);
        }
        HBox bar = new HBox(10, title, search, status, supplier, group, snoozed, finished, spacer(), reload, acceptSelected);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 12, 8, 12));
        bar.getStyleClass().add("toolbar");
        return bar;
    }

    private Parent kindBar() {
        HBox bar = new HBox(6);
        bar.setId("kind-bar");
        bar.setPadding(new Insets(0, 12, 8, 12));
        bar.setAlignment(Pos.CENTER_LEFT);
        ToggleGroup kinds = new ToggleGroup();
        List<ToggleButton> buttons = new ArrayList<>();
        ToggleButton all = kindToggle(null, kinds);
        buttons.add(all);
        for (SuggestionKind kind : SuggestionKind.values()) {
            if (kind != SuggestionKind.UNKNOWN) {
                buttons.add(kindToggle(kind, kinds));
            }
        }
        bar.getChildren().setAll(buttons);
        Runnable label = () -> {
            var counts = model.kindCountsProperty().get();
            int total = counts.values().stream().mapToInt(Integer::intValue).sum();
            for (ToggleButton button : buttons) {
                SuggestionKind kind = (SuggestionKind) button.getUserData();
                button.setText(kind == null ? "All  " + total : kind.symbol() + "  " + kind.word() + "  " + counts.getOrDefault(kind, 0));
            }
        };
        model.kindCountsProperty().addListener((obs, before, after) -> label.run());
        label.run();
        kinds.selectedToggleProperty().addListener((obs, before, after) -> {
            if (after == null) {
                kinds.selectToggle(before); // one is always chosen
            } else {
                model.filters().kindProperty().set((SuggestionKind) after.getUserData());
            }
        });
        kinds.selectToggle(all);
        return bar;
    }

    private ToggleButton kindToggle(SuggestionKind kind, ToggleGroup group) {
        ToggleButton button = new ToggleButton();
        button.setUserData(kind);
        button.setToggleGroup(group);
        button.setId("kind-" + (kind == null ? "all" : kind.name().toLowerCase(Locale.ROOT)));
        button.getStyleClass().addAll(Styles.SMALL, "kind-toggle");
        button.setFocusTraversable(false);
        return button;
    }

    private Parent messageBar() {
        Label text = new Label();
        text.setId("message");
        text.setWrapText(true);
        text.textProperty().bind(model.messageProperty());
        Button close = new Button("✕");
        close.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        close.setOnAction(e -> model.clearMessage());
        close.setFocusTraversable(false);
        HBox bar = new HBox(8, text, spacer(), close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 12, 6, 12));
        bar.getStyleClass().add("message-bar");
        model.messageLevelProperty().addListener((obs, before, after) -> {
            bar.getStyleClass().removeAll("message-error", "message-info");
            bar.getStyleClass().add(after == SuggestionsViewModel.MessageLevel.ERROR ? "message-error" : "message-info");
        });
        bar.visibleProperty().bind(model.messageProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    private Parent statusBar() {
        Label summary = new Label();
        summary.setId("summary");
        summary.textProperty().bind(model.summaryProperty());
        Label keys = new Label("↑↓ move · Enter/A accept · D dismiss · S snooze · R resend · / search");
        keys.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);

        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("busy");
        busy.setPrefSize(14, 14);
        busy.visibleProperty().bind(tasks.busyProperty());
        Label busyText = new Label();
        busyText.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        busyText.textProperty().bind(tasks.busyTextProperty());

        Circle dot = new Circle(5);
        dot.getStyleClass().add("connection-dot");
        Label connection = new Label();
        connection.setId("connection");
        connection.setGraphic(dot);
        connection.textProperty().bind(model.connection().textProperty());
        model.connection().stateProperty().addListener((obs, before, after) -> connectionStyle(connection, after));
        connectionStyle(connection, model.connection().stateProperty().get());
        Label who = new Label(model.user() + " @ " + model.serverText());
        who.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);

        HBox bar = new HBox(14, summary, keys, spacer(), busy, busyText, connection, who);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 12, 6, 12));
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private static void connectionStyle(Label connection, ConnectionIndicator.State state) {
        connection.getStyleClass().removeAll("connection-live", "connection-reconnecting", "connection-offline", "connection-connecting");
        connection.getStyleClass().add("connection-" + state.name().toLowerCase(Locale.ROOT));
    }

    // ---- table --------------------------------------------------------------------------------

    private void buildTable() {
        table.setId("suggestions");
        table.setItems(model.visibleRows());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getStyleClass().addAll(Styles.STRIPED, Styles.DENSE, Tweaks.EDGE_TO_EDGE);
        // Every column fits: the planner never scrolls sideways to find the status.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label placeholder = new Label();
        placeholder.textProperty().bind(Bindings.when(model.loadedProperty())
                .then("No suggestions match — check the filters, or wait for the next ones.")
                .otherwise("Loading suggestions…"));
        table.setPlaceholder(placeholder);
        LocalDate today = LocalDate.now(clock);
        table.getColumns().setAll(List.of(
                kindColumn(),
                column(SuggestionColumn.SEVERITY, 80, s -> s.severity().word(), s -> "severity-" + s.severity().name().toLowerCase(Locale.ROOT)),
                column(SuggestionColumn.PRODUCT, 200, Suggestion::productLabel, null),
                column(SuggestionColumn.SUPPLIER, 160, Suggestion::supplierLabel, null),
                column(SuggestionColumn.ORDER_LINE, 120, Suggestion::orderLine, null),
                column(SuggestionColumn.PROPOSAL, 200, s -> SuggestionText.proposal(s.proposal(), today), null),
                number(column(SuggestionColumn.IMPACT_UNITS, 60, s -> s.impactUnits() == null ? "" : String.format(Locale.ENGLISH, "%,d", s.impactUnits()), null)),
                number(column(SuggestionColumn.IMPACT_VALUE, 95, s -> SuggestionText.money(s.impactValue()), null)),
                number(column(SuggestionColumn.AGE, 70, s -> SuggestionText.age(s.createdAt(), clock.instant()), null)),
                column(SuggestionColumn.STATUS, 150, SuggestionText::status, s -> "status-" + s.status().name().toLowerCase(Locale.ROOT).replace('_', '-'))));
        table.setSortPolicy(t -> {
            model.sortBy(t.getSortOrder().stream()
                    .map(c -> new SuggestionColumn.SortKey((SuggestionColumn) c.getUserData(),
                            c.getSortType() == TableColumn.SortType.ASCENDING))
                    .toList());
            return true;
        });
        table.setRowFactory(t -> new SuggestionTableRow());

        table.getSelectionModel().selectedItemProperty().addListener((obs, before, after) -> {
            if (!syncingSelection && (after != null || !model.visibleRows().contains(model.selectedProperty().get()))) {
                model.select(after);
            }
        });
        model.selectedProperty().addListener((obs, before, after) -> showSelected(after));
        // A new filter rebuilds the list; put the planner's selection back if the table dropped it.
        model.visibleRows().addListener((javafx.collections.ListChangeListener<SuggestionRow>) change ->
                Platform.runLater(() -> {
                    SuggestionRow wanted = model.selectedProperty().get();
                    if (wanted != null && table.getSelectionModel().isEmpty() && table.getItems().contains(wanted)) {
                        showSelected(wanted);
                    }
                }));
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
    }

    private void showSelected(SuggestionRow row) {
        if (row == null || table.getSelectionModel().getSelectedItem() == row) {
            return;
        }
        syncingSelection = true;
        try {
            table.getSelectionModel().clearSelection();
            table.getSelectionModel().select(row);
        } finally {
            syncingSelection = false;
        }
        int index = table.getItems().indexOf(row);
        if (index >= 0) {
            table.scrollTo(Math.max(0, index - 3));
        }
    }

    private void keys(KeyEvent event) {
        if (event.isControlDown() || event.isAltDown() || event.isMetaDown()) {
            return;
        }
        switch (event.getCode()) {
            case ENTER, A -> {
                if (table.getSelectionModel().getSelectedItems().size() > 1) {
                    acceptSelection();
                } else {
                    model.accept();
                }
            }
            case D -> model.dismiss();
            case S -> model.snooze();
            case R -> model.resend();
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void acceptSelection() {
        model.acceptAll(List.copyOf(table.getSelectionModel().getSelectedItems()));
    }

    private void slashFocusesSearch(KeyEvent event) {
        if ("/".equals(event.getCharacter()) && !(event.getTarget() instanceof TextInputControl)) {
            search.requestFocus();
            search.selectAll();
            event.consume();
        }
    }

    private TableColumn<SuggestionRow, Suggestion> kindColumn() {
        TableColumn<SuggestionRow, Suggestion> column = baseColumn(SuggestionColumn.KIND, 125);
        column.setCellFactory(c -> new TableCell<>() {
            private final Label symbol = new Label();

            {
                symbol.getStyleClass().add("kind-symbol");
                symbol.setMinWidth(Region.USE_PREF_SIZE);
            }

            @Override
            protected void updateItem(Suggestion s, boolean empty) {
                super.updateItem(s, empty);
                getStyleClass().removeIf(style -> style.startsWith("kind-"));
                if (empty || s == null) {
                    setText(null);
                    setGraphic(null);
                } else {
                    symbol.setText(s.kind().symbol());
                    setGraphic(symbol);
                    setText(s.kind().word());
                    getStyleClass().add("kind-" + s.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
                }
            }
        });
        return column;
    }

    private TableColumn<SuggestionRow, Suggestion> column(SuggestionColumn which, double width,
                                                          Function<Suggestion, String> text, Function<Suggestion, String> style) {
        TableColumn<SuggestionRow, Suggestion> column = baseColumn(which, width);
        column.setCellFactory(c -> new TableCell<>() {
            private String applied;
            private final javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();

            @Override
            protected void updateItem(Suggestion s, boolean empty) {
                super.updateItem(s, empty);
                if (applied != null) {
                    getStyleClass().remove(applied);
                    applied = null;
                }
                if (empty || s == null) {
                    setText(null);
                    setTooltip(null);
                } else {
                    setText(text.apply(s));
                    tip.setText(getText());
                    setTooltip(getText().isEmpty() ? null : tip);
                    if (style != null) {
                        applied = style.apply(s);
                        getStyleClass().add(applied);
                    }
                }
            }
        });
        return column;
    }

    /** The narrowest each column may get: its usual content stays readable. */
    private static double minimumWidth(SuggestionColumn which) {
        return switch (which) {
            case KIND -> 128;
            case SEVERITY -> 86;
            case PRODUCT -> 140;
            case SUPPLIER -> 125;
            case ORDER_LINE -> 108;
            case PROPOSAL -> 165;
            case IMPACT_UNITS -> 60;
            case IMPACT_VALUE -> 80;
            case AGE -> 50;
            case STATUS -> 110;
        };
    }

    private TableColumn<SuggestionRow, Suggestion> baseColumn(SuggestionColumn which, double width) {
        TableColumn<SuggestionRow, Suggestion> column = new TableColumn<>(which.title());
        column.setMinWidth(minimumWidth(which));
        column.setId("column-" + which.name().toLowerCase(Locale.ROOT));
        column.setUserData(which);
        column.setCellValueFactory(data -> data.getValue().suggestionProperty());
        String key = "column." + which.name().toLowerCase(Locale.ROOT) + ".width";
        column.setPrefWidth(settings.get(key).map(Double::parseDouble).orElse(width));
        column.widthProperty().addListener((obs, before, after) ->
                settings.put(key, String.format(Locale.ROOT, "%.0f", after.doubleValue())));
        return column;
    }

    private static TableColumn<SuggestionRow, Suggestion> number(TableColumn<SuggestionRow, Suggestion> column) {
        column.getStyleClass().add(Tweaks.ALIGN_RIGHT);
        return column;
    }

    /** Failed rows stand out in red; withdrawn and finished ones are muted. */
    private static final class SuggestionTableRow extends TableRow<SuggestionRow> {
        private final javafx.beans.value.ChangeListener<Object> restyle = (obs, before, after) -> style(getItem());

        @Override
        protected void updateItem(SuggestionRow row, boolean empty) {
            SuggestionRow previous = getItem();
            if (previous != null) {
                previous.suggestionProperty().removeListener(restyle);
                previous.removedProperty().removeListener(restyle);
            }
            super.updateItem(row, empty);
            if (!empty && row != null) {
                row.suggestionProperty().addListener(restyle);
                row.removedProperty().addListener(restyle);
            }
            style(empty ? null : row);
        }

        private void style(SuggestionRow row) {
            SuggestionStatus status = row == null ? null : row.status();
            pseudoClassStateChanged(FAILED, status == SuggestionStatus.FAILED);
            pseudoClassStateChanged(WITHDRAWN, row != null && (status == SuggestionStatus.WITHDRAWN || row.isRemoved()));
            pseudoClassStateChanged(DONE, status != null && status.isFinished() && status != SuggestionStatus.WITHDRAWN);
        }
    }

    // ---- helpers ------------------------------------------------------------------------------

    private static ComboBox<SuggestionsViewModel.Choice> choices(String id, String allText,
                                                                 javafx.collections.ObservableList<SuggestionsViewModel.Choice> items,
                                                                 javafx.beans.property.StringProperty target) {
        ComboBox<SuggestionsViewModel.Choice> box = new ComboBox<>();
        box.setId(id);
        SuggestionsViewModel.Choice all = new SuggestionsViewModel.Choice(null, allText);
        Runnable fill = () -> {
            String wanted = target.get();
            List<SuggestionsViewModel.Choice> options = new ArrayList<>();
            options.add(all);
            options.addAll(items);
            box.getItems().setAll(options);
            box.setValue(options.stream().filter(c -> java.util.Objects.equals(c.value(), wanted)).findFirst().orElse(all));
        };
        items.addListener((javafx.collections.ListChangeListener<SuggestionsViewModel.Choice>) c -> fill.run());
        fill.run();
        box.valueProperty().addListener((obs, before, after) -> target.set(after == null ? null : after.value()));
        box.setVisibleRowCount(14);
        return box;
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    private static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }

}
