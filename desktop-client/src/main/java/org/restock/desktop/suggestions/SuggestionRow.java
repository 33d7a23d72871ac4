package org.restock.desktop.suggestions;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.restock.desktop.api.Suggestion;
import org.restock.desktop.api.SuggestionStatus;

/**
 * One line of the table. The row object stays the same while its suggestion changes, so the
 * table keeps selection and scroll position when a live change arrives.
 */
public final class SuggestionRow {

    private final String id;
    private final ReadOnlyObjectWrapper<Suggestion> suggestion;
    private final ReadOnlyBooleanWrapper removed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper pending = new ReadOnlyBooleanWrapper(false);
    private final javafx.beans.property.ReadOnlyIntegerWrapper revision = new javafx.beans.property.ReadOnlyIntegerWrapper(0);
    private long sequence;

    SuggestionRow(Suggestion suggestion, long sequence) {
        this.id = suggestion.id();
        this.suggestion = new ReadOnlyObjectWrapper<>(suggestion);
        this.sequence = sequence;
    }

    public String id() {
        return id;
    }

    public Suggestion suggestion() {
        return suggestion.get();
    }

    public ReadOnlyObjectProperty<Suggestion> suggestionProperty() {
        return suggestion.getReadOnlyProperty();
    }

    public SuggestionStatus status() {
        return suggestion().status();
    }

    /** The server deleted this suggestion while it was on screen. */
    public boolean isRemoved() {
        return removed.get();
    }

    public ReadOnlyBooleanProperty removedProperty() {
        return removed.getReadOnlyProperty();
    }

    /** An action on this row is on its way to the server. */
    public boolean isPending() {
        return pending.get();
    }

    public ReadOnlyBooleanProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    /** The change-feed position of the state shown. */
    public long sequence() {
        return sequence;
    }

    /**
     * Takes a change from the feed unless it is older than what the row shows: a lower change id,
     * or an older version than an action's answer already showed.
     */
    boolean applyChange(long changeSequence, Suggestion changed) {
        if (!takesChange(changeSequence, changed)) {
            return false;
        }
        sequence = changeSequence;
        suggestion.set(changed);
        return true;
    }

    boolean takesChange(long changeSequence, Suggestion changed) {
        return changeSequence > sequence && changed.version() >= suggestion().version();
    }

    boolean takesAnswer(Suggestion answered) {
        return answered.version() > suggestion().version();
    }

    /** Takes the answer to an action (no change id) when it is newer than what the row shows. */
    boolean applyAnswer(Suggestion answered) {
        if (!takesAnswer(answered)) {
            return false;
        }
        suggestion.set(answered);
        return true;
    }

    /** Asks the filtered list to look at this row again. */
    void touch() {
        revision.set(revision.get() + 1);
    }

    javafx.beans.value.ObservableValue<Number> revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    void markRemoved() {
        removed.set(true);
    }

    void setPending(boolean value) {
        pending.set(value);
    }

    @Override
    public String toString() {
        return "SuggestionRow[" + id + " " + status() + " v" + suggestion().version() + " @" + sequence + "]";
    }
}
