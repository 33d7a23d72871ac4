package org.restock.desktop.suggestions;

import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.restock.desktop.api.Suggestion;
import org.restock.desktop.api.SuggestionSnapshot;
import org.restock.desktop.api.SuggestionStatus;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Every suggestion on screen as a stable row, kept current from the list, the live stream and the
 * answers to actions, in the order of their change ids (ADR 0071); filtered and sorted for the table.
 */
final class LiveRows {

    private final Supplier<SuggestionRow> selected;
    private final Map<String, SuggestionRow> byId = new HashMap<>();
    /** Change ids of removals, so a late change of a removed suggestion does not bring it back. */
    private final Map<String, Long> removedAt = new HashMap<>();
    /**
     * Rows that reached HANDLED, WITHDRAWN or COMPLETE while in view: they stay, muted, until the
     * planner changes the filters, so the table does not shift under the cursor and the end of
     * each accept can be seen.
     */
    private final Set<String> keptInView = new HashSet<>();
    private final ObservableList<SuggestionRow> all = FXCollections.observableArrayList(
            row -> new Observable[]{row.suggestionProperty(), row.removedProperty(), row.revisionProperty()});
    private final FilteredList<SuggestionRow> filtered = new FilteredList<>(all);
    private final SortedList<SuggestionRow> visible = new SortedList<>(filtered);
    private Predicate<Suggestion> matcher = s -> true;

    LiveRows(Supplier<SuggestionRow> selected) {
        this.selected = selected;
    }

    ObservableList<SuggestionRow> all() {
        return all;
    }

    /** Filtered and sorted; the selected row is always among them. */
    SortedList<SuggestionRow> visible() {
        return visible;
    }

    /** New filters: rows kept in view go, the selected one stays whatever the filters say. */
    void filterWith(Predicate<Suggestion> newMatcher) {
        matcher = newMatcher;
        keptInView.clear();
        applyFilter();
    }

    void sortWith(Comparator<Suggestion> order) {
        visible.setComparator(Comparator.comparing(SuggestionRow::suggestion, order));
    }

    private void applyFilter() {
        Predicate<Suggestion> current = matcher;
        filtered.setPredicate(row -> row == selected.get() || keptInView.contains(row.id()) || current.test(row.suggestion()));
    }

    /** The list as read at {@code snapshot.latestSequence()}; rows it no longer has are removed. */
    void take(SuggestionSnapshot snapshot) {
        Set<String> present = new HashSet<>();
        snapshot.items().forEach(s -> present.add(s.id()));
        for (SuggestionRow row : List.copyOf(byId.values())) {
            if (!present.contains(row.id())) {
                remove(snapshot.latestSequence(), row.id());
            }
        }
        for (Suggestion s : snapshot.items()) {
            take(snapshot.latestSequence(), s);
        }
    }

    /** A change from the stream; false when it is older than what is shown. */
    boolean take(long sequence, Suggestion suggestion) {
        SuggestionRow row = byId.get(suggestion.id());
        if (row == null) {
            if (removedAt.getOrDefault(suggestion.id(), Long.MIN_VALUE) >= sequence) {
                return false;
            }
            row = new SuggestionRow(suggestion, sequence);
            byId.put(suggestion.id(), row);
            all.add(row);
            return true;
        }
        if (!row.takesChange(sequence, suggestion)) {
            return false;
        }
        keepIfFinishingInView(row, suggestion);
        row.applyChange(sequence, suggestion);
        return true;
    }

    /** An action's answer (no change id); false when the row already shows something as new. */
    boolean takeAnswer(Suggestion answer) {
        SuggestionRow row = byId.get(answer.id());
        if (row == null || !row.takesAnswer(answer)) {
            return false;
        }
        keepIfFinishingInView(row, answer);
        row.applyAnswer(answer);
        return true;
    }

    /** A removal. The selected row stays, marked, until the planner moves on. */
    boolean remove(long sequence, String id) {
        removedAt.merge(id, sequence, Math::max);
        SuggestionRow row = byId.get(id);
        if (row == null || sequence <= row.sequence()) {
            return false;
        }
        byId.remove(id);
        if (row == selected.get()) {
            row.markRemoved();
        } else {
            all.remove(row);
        }
        return true;
    }

    SuggestionRow get(String id) {
        return byId.get(id);
    }

    /**
     * The planner moved away from {@code before}: a removed row goes; another may have stayed
     * only because it was selected, so it is tested again ({@code later} runs that after the
     * table has finished its own selection work).
     */
    void leftSelection(SuggestionRow before, java.util.function.Consumer<Runnable> later) {
        if (before.isRemoved()) {
            all.remove(before);
        } else {
            later.accept(before::touch);
        }
    }

    /** The row after {@code row} in the table's order, else the one before, else none. */
    SuggestionRow neighbourOf(SuggestionRow row) {
        int index = visible.indexOf(row);
        if (index < 0) {
            return visible.isEmpty() ? null : visible.get(0);
        }
        if (index + 1 < visible.size()) {
            return visible.get(index + 1);
        }
        return index > 0 ? visible.get(index - 1) : null;
    }

    /** Called before a change is applied, so the filtered list sees the row kept when it tests it again. */
    private void keepIfFinishingInView(SuggestionRow row, Suggestion next) {
        SuggestionStatus status = next.status();
        boolean shown = row == selected.get() || keptInView.contains(row.id()) || matcher.test(row.suggestion());
        if (shown && (status == SuggestionStatus.HANDLED || status == SuggestionStatus.WITHDRAWN
                || status == SuggestionStatus.COMPLETE)) {
            keptInView.add(row.id());
        }
    }
}
