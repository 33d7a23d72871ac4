package org.restock.desktop;

import javafx.application.Application;

/**
 * Entry point of the runnable jar: {@code java -jar restock-desktop-client.jar --server URL --user U}.
 * Not itself an {@link Application}, so JavaFX starts from a plain class path.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        Application.launch(RestockApp.class, args);
    }
}
