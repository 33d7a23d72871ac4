package org.restock.desktop;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.restock.desktop.api.Connector;
import org.restock.desktop.common.FileSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;

/** The JavaFX application: theme, command line, and the {@link Workstation}. */
public final class RestockApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(RestockApp.class);

    private Workstation workstation;

    @Override
    public void start(Stage stage) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(getParameters().getRaw(), System.getenv());
        } catch (IllegalArgumentException e) {
            LOG.error("Cannot start: {}", e.getMessage());
            Platform.exit();
            return;
        }
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        workstation = new Workstation(Connector.http(), FileSettings.standard(), Clock.systemDefaultZone());
        workstation.show(stage, options);
    }

    @Override
    public void stop() {
        if (workstation != null) {
            workstation.stop();
        }
    }
}
