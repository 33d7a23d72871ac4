package org.restock.desktop.connection;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The connect screen. Thin: binds to {@link ConnectionViewModel}. */
public final class LoginView {

    private final ConnectionViewModel model;

    public LoginView(ConnectionViewModel model) {
        this.model = model;
    }

    private static Label fieldLabel(String text) {
        Label label = new Label(text);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    public Parent build() {
        Label title = new Label("Restock");
        title.getStyleClass().add(Styles.TITLE_1);
        Label subtitle = new Label("Planner workstation — sign in to a Restock server");
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);

        TextField server = new TextField();
        server.setId("server");
        server.setPromptText("http://localhost:8080");
        server.textProperty().bindBidirectional(model.serverProperty());
        TextField user = new TextField();
        user.setId("user");
        user.setPromptText("planner");
        user.textProperty().bindBidirectional(model.userProperty());
        PasswordField password = new PasswordField();
        password.setId("password");
        password.textProperty().bindBidirectional(model.passwordProperty());

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(10);
        form.addRow(0, fieldLabel("Server"), server);
        form.addRow(1, fieldLabel("User"), user);
        form.addRow(2, fieldLabel("Password"), password);
        GridPane.setHgrow(server, javafx.scene.layout.Priority.ALWAYS);
        server.setPrefColumnCount(26);

        Label error = new Label();
        error.setId("login-error");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());

        Button connect = new Button("Sign in");
        connect.setId("connect");
        connect.setDefaultButton(true);
        connect.getStyleClass().add(Styles.ACCENT);
        connect.disableProperty().bind(model.canConnectProperty().not());
        connect.setOnAction(e -> model.connect());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(model.connectingProperty());
        HBox buttons = new HBox(12, progress, connect);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox card = new VBox(14, title, subtitle, form, error, buttons);
        card.getStyleClass().add("login-card");
        card.setPadding(new Insets(28, 32, 28, 32));
        card.setMaxWidth(480);
        card.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        StackPane root = new StackPane(card);
        root.getStyleClass().add("login-root");
        root.setPadding(new Insets(24));
        // Put the cursor where typing is needed: the password when the rest is remembered.
        javafx.application.Platform.runLater(() -> (model.userProperty().get() == null || model.userProperty().get().isBlank()
                ? user : password).requestFocus());
        return root;
    }
}
