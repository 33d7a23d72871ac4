package org.restock.desktop.common;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** Dialogs on the JavaFX thread, owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(String title, String question, String details, String action) {
        ButtonType go = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, details, go, ButtonType.CANCEL);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(question);
        alert.getDialogPane().setId("confirm-dialog");
        return alert.showAndWait().filter(go::equals).isPresent();
    }

    @Override
    public Optional<String> askReason(String title, String question, List<String> usualReasons) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(question);
        ComboBox<String> reason = new ComboBox<>();
        reason.setId("reason");
        reason.setEditable(true);
        reason.getItems().setAll(usualReasons);
        reason.setPromptText("Type or pick a reason");
        reason.setPrefWidth(360);
        ButtonType dismiss = new ButtonType("Dismiss", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(dismiss, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(new VBox(8, new Label("Reason"), reason));
        dialog.getDialogPane().setId("reason-dialog");
        dialog.getDialogPane().lookupButton(dismiss).disableProperty()
                .bind(reason.getEditor().textProperty().isEmpty());
        dialog.getDialogPane().lookupButton(dismiss).getStyleClass().add(Styles.DANGER);
        dialog.setResultConverter(button -> button == dismiss ? reason.getEditor().getText() : null);
        Platform.runLater(reason::requestFocus);
        return dialog.showAndWait().map(String::strip).filter(text -> !text.isEmpty());
    }

    @Override
    public Optional<LocalDate> askDate(String title, String question, LocalDate proposed, LocalDate earliest) {
        Dialog<LocalDate> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(question);
        DatePicker day = new DatePicker(proposed);
        day.setId("snooze-until");
        day.setDayCellFactory(picker -> new DateCell() {
            @Override
            public void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                setDisable(empty || date.isBefore(earliest));
            }
        });
        ButtonType snooze = new ButtonType("Snooze", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(snooze, ButtonType.CANCEL);
        dialog.getDialogPane().setContent(new VBox(8, new Label("Hide it until"), day));
        dialog.getDialogPane().setId("snooze-dialog");
        dialog.setResultConverter(button -> button == snooze ? day.getValue() : null);
        return dialog.showAndWait();
    }
}
