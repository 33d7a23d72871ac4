package org.restock.desktop.connection;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.restock.desktop.api.ApiException;
import org.restock.desktop.api.Connector;
import org.restock.desktop.api.ServerAddress;
import org.restock.desktop.api.Session;
import org.restock.desktop.common.Settings;
import org.restock.desktop.common.Tasks;

import java.net.URI;
import java.util.function.Consumer;

/** The connect screen: server address, user and password; remembers all but the password. */
public final class ConnectionViewModel {

    static final String SERVER_KEY = "connection.server";
    static final String USER_KEY = "connection.user";
    static final String DEFAULT_SERVER = "http://localhost:8080";

    private final Connector connector;
    private final Tasks tasks;
    private final Settings settings;
    private final Consumer<Session> onConnected;

    private final StringProperty server = new SimpleStringProperty();
    private final StringProperty user = new SimpleStringProperty();
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper connecting = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canConnect;

    public ConnectionViewModel(Connector connector, Tasks tasks, Settings settings, Consumer<Session> onConnected) {
        this.connector = connector;
        this.tasks = tasks;
        this.settings = settings;
        this.onConnected = onConnected;
        server.set(settings.get(SERVER_KEY).orElse(DEFAULT_SERVER));
        user.set(settings.get(USER_KEY).orElse(""));
        canConnect = Bindings.createBooleanBinding(
                () -> !connecting.get() && !isBlank(server.get()) && !isBlank(user.get()) && !isBlank(password.get()),
                connecting, server, user, password);
    }

    /** Fills the form from the command line; a given password signs in at once. */
    public void prefill(String serverText, String userText, char[] passwordChars) {
        if (serverText != null) {
            server.set(serverText);
        }
        if (userText != null) {
            user.set(userText);
        }
        if (passwordChars != null) {
            password.set(new String(passwordChars));
        }
    }

    public void connect() {
        if (connecting.get()) {
            return;
        }
        URI uri;
        try {
            uri = ServerAddress.parseUri(server.get());
        } catch (IllegalArgumentException e) {
            error.set(capitalised(e.getMessage()));
            return;
        }
        if (isBlank(user.get()) || isBlank(password.get())) {
            error.set("Enter your user name and password");
            return;
        }
        ServerAddress address = new ServerAddress(uri, user.get().strip(), password.get().toCharArray());
        error.set("");
        connecting.set(true);
        tasks.run("Signing in to " + address.baseUri(), () -> connector.connect(address), session -> {
            connecting.set(false);
            password.set("");
            settings.put(SERVER_KEY, address.baseUri().toString());
            settings.put(USER_KEY, address.user());
            onConnected.accept(session);
        }, failure -> {
            connecting.set(false);
            error.set(readable(failure));
        });
    }

    private static String readable(ApiException failure) {
        return switch (failure.reason()) {
            case WRONG_CREDENTIALS -> "Wrong user name or password.";
            case FORBIDDEN -> "This user may not use the planner workstation (the planner role is needed).";
            default -> failure.getMessage();
        };
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public StringProperty serverProperty() {
        return server;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty connectingProperty() {
        return connecting.getReadOnlyProperty();
    }

    public BooleanBinding canConnectProperty() {
        return canConnect;
    }
}
