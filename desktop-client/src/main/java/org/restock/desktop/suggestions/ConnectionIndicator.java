package org.restock.desktop.suggestions;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Live / reconnecting / offline since …, from what the live stream reports. Used on the UI thread. */
public final class ConnectionIndicator {

    /** After this many failed attempts in a row the workstation says it is offline (it keeps retrying). */
    static final int ATTEMPTS_BEFORE_OFFLINE = 3;

    public enum State { CONNECTING, LIVE, RECONNECTING, OFFLINE }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Clock clock;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.CONNECTING);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("Connecting…");
    private Instant lostAt;
    private int failures;
    private String lastReason = "";

    public ConnectionIndicator(Clock clock) {
        this.clock = clock;
    }

    void opened() {
        failures = 0;
        lostAt = null;
        state.set(State.LIVE);
        text.set("Live");
    }

    void lost(String why) {
        if (lostAt == null) {
            lostAt = clock.instant();
        }
        failures++;
        lastReason = why == null ? "" : why;
        String since = TIME.format(lostAt.atZone(zone()));
        if (failures >= ATTEMPTS_BEFORE_OFFLINE) {
            state.set(State.OFFLINE);
            text.set("Offline since " + since + " — retrying" + (lastReason.isBlank() ? "" : " (" + lastReason + ")"));
        } else {
            state.set(State.RECONNECTING);
            text.set("Reconnecting… (lost at " + since + ")");
        }
    }

    void stopped() {
        state.set(State.OFFLINE);
        text.set("Signed out");
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
