package org.restock.desktop.suggestions;

import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.restock.desktop.api.ApiException;
import org.restock.desktop.api.BulkAcceptResult;
import org.restock.desktop.api.RestockApi;
import org.restock.desktop.api.Session;
import org.restock.desktop.api.Suggestion;
import org.restock.desktop.api.SuggestionFeed;
import org.restock.desktop.api.SuggestionKind;
import org.restock.desktop.api.SuggestionSnapshot;
import org.restock.desktop.api.SuggestionStatus;
import org.restock.desktop.common.DialogService;
import org.restock.desktop.common.Tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The suggestions screen: every suggestion the server holds, kept current by the live stream,
 * filtered and sorted as the planner asks, and the actions on the selected ones. Used on the UI
 * thread only; feed callbacks hop onto it through {@link Tasks}.
 */
public final class SuggestionsViewModel {

    /** The usual reasons a planner gives for a dismissal (free text is allowed too). */
    static final List<String> USUAL_DISMISS_REASONS = List.of(
            "supplier already confirmed", "handled outside Restock", "demand known to change", "data is wrong");

    /** A filter choice: a value and what the planner reads. */
    public record Choice(String value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    public enum MessageLevel { NONE, INFO, ERROR }

    private final Session session;
    private final RestockApi api;
    private final Tasks tasks;
    private final DialogService dialogs;
    private final Clock clock;

    private final LiveRows rows;
    private final SuggestionFilters filters = new SuggestionFilters();
    private final ConnectionIndicator connection;
    private final DetailViewModel detail;

    private final ReadOnlyObjectWrapper<SuggestionRow> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper canAccept = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canDismiss = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canSnooze = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canResend = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Map<SuggestionKind, Integer>> kindCounts = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<MessageLevel> messageLevel = new ReadOnlyObjectWrapper<>(MessageLevel.NONE);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyLongWrapper lastSequence = new ReadOnlyLongWrapper(-1);
    private final ObservableList<Choice> suppliers = FXCollections.observableArrayList();
    private final ObservableList<Choice> suppliersView = FXCollections.unmodifiableObservableList(suppliers);
    private final ObservableList<Choice> plannerGroups = FXCollections.observableArrayList();
    private final ObservableList<Choice> plannerGroupsView = FXCollections.unmodifiableObservableList(plannerGroups);

    private List<SuggestionColumn.SortKey> sortKeys = List.of();
    private SuggestionFeed.Subscription subscription;
    private boolean stopped;
    private boolean reloading;
    private int subscriptionGeneration;

    public SuggestionsViewModel(Session session, Tasks tasks, DialogService dialogs, Clock clock) {
        this.session = session;
        this.api = session.api();
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clock = clock;
        this.connection = new ConnectionIndicator(clock);
        this.detail = new DetailViewModel(api, tasks, clock);
        this.rows = new LiveRows(selected::get);
        for (Observable dependency : filters.dependencies()) {
            dependency.addListener(o -> refilter());
        }
        selected.addListener((obs, before, after) -> selectionChanged(before, after));
        rows.all().addListener((javafx.collections.ListChangeListener<SuggestionRow>) change -> {
            updateCounts();
            updateActions();
        });
        rows.visible().addListener((javafx.collections.ListChangeListener<SuggestionRow>) change -> updateSummary());
        sortBy(List.of());
        refilter();
    }

    /** Loads every suggestion, then follows the live stream from the position they were read at. */
    public void start() {
        reload();
    }

    /** Reads every suggestion again and follows the stream from there (F5; also after a failed start). */
    public void reload() {
        if (reloading || stopped) {
            return;
        }
        reloading = true;
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
        tasks.run("Loading suggestions", api::suggestions, snapshot -> {
            reloading = false;
            if (!stopped) {
                loadedSnapshot(snapshot);
            }
        }, failure -> {
            reloading = false;
            showError("Could not load the suggestions: " + failure.getMessage() + " — press F5 to try again");
            connection.lost(failure.getMessage());
        });
    }

    public void stop() {
        stopped = true;
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
        connection.stopped();
    }

    private void loadedSnapshot(SuggestionSnapshot snapshot) {
        rows.take(snapshot);
        lastSequence.set(Math.max(lastSequence.get(), snapshot.latestSequence()));
        updateChoices();
        loaded.set(true);
        if (messageProperty().get().startsWith("Could not load the suggestions")) {
            clearMessage();
        }
        subscriptionGeneration++;
        subscription = session.feed().subscribe(snapshot.latestSequence(), new FeedListener(subscriptionGeneration));
    }

    /**
     * Hears one subscription. Connection news from a subscription that was replaced (reload) or
     * closed (sign-out) is ignored; its changes are still applied, as their ids order them.
     */
    private final class FeedListener implements SuggestionFeed.Listener {
        private final int generation;

        FeedListener(int generation) {
            this.generation = generation;
        }

        private boolean current() {
            return !stopped && generation == subscriptionGeneration;
        }

        @Override
        public void opened() {
            tasks.onUi(() -> {
                if (current()) {
                    connection.opened();
                }
            });
        }

        @Override
        public void lost(String why) {
            tasks.onUi(() -> {
                if (current()) {
                    connection.lost(why);
                }
            });
        }

        @Override
        public void changed(long sequence, Suggestion suggestion) {
            tasks.onUi(() -> applyChange(sequence, suggestion));
        }

        @Override
        public void removed(long sequence, String suggestionId) {
            tasks.onUi(() -> applyRemoval(sequence, suggestionId));
        }
    }

    /** A change from the live stream; one older than what is shown is ignored. */
    void applyChange(long sequence, Suggestion suggestion) {
        if (stopped) {
            return;
        }
        lastSequence.set(Math.max(lastSequence.get(), sequence));
        if (rows.take(sequence, suggestion)) {
            updateChoices();
            updateActions();
        }
    }

    /** A removal from the live stream. A row on screen stays, marked, until the planner moves on. */
    void applyRemoval(long sequence, String id) {
        if (stopped) {
            return;
        }
        lastSequence.set(Math.max(lastSequence.get(), sequence));
        if (rows.remove(sequence, id)) {
            updateActions();
        }
    }

    // ---- selection --------------------------------------------------------------------------

    public void select(SuggestionRow row) {
        selected.set(row);
    }

    private void selectionChanged(SuggestionRow before, SuggestionRow after) {
        detail.show(after);
        updateActions();
        if (before != null) {
            rows.leftSelection(before, tasks::onUi);
        }
    }

    // ---- filtering and sorting ---------------------------------------------------------------

    private Predicate<Suggestion> currentMatcher() {
        return filters.matcher(LocalDate.now(clock));
    }

    private void refilter() {
        rows.filterWith(currentMatcher());
        updateCounts();
        updateSummary();
    }

    /** Sorts by the given columns in turn; severity, then age, then order line when none is given. */
    public void sortBy(List<SuggestionColumn.SortKey> keys) {
        sortKeys = List.copyOf(keys);
        Comparator<Suggestion> order = null;
        for (SuggestionColumn.SortKey key : sortKeys) {
            order = order == null ? key.comparator() : order.thenComparing(key.comparator());
        }
        Comparator<Suggestion> fallback = SuggestionColumn.SEVERITY.order()
                .thenComparing(SuggestionColumn.AGE.order().reversed())
                .thenComparing(SuggestionColumn.ORDER_LINE.order())
                .thenComparing(Suggestion::id);
        Comparator<Suggestion> complete = order == null ? fallback : order.thenComparing(fallback);
        rows.sortWith(complete);
    }

    public List<SuggestionColumn.SortKey> sortKeys() {
        return sortKeys;
    }

    private void updateCounts() {
        Predicate<Suggestion> others = filters.matcherIgnoringKind(LocalDate.now(clock));
        Map<SuggestionKind, Integer> counts = new EnumMap<>(SuggestionKind.class);
        for (SuggestionRow row : rows.all()) {
            if (!row.isRemoved() && others.test(row.suggestion())) {
                counts.merge(row.suggestion().kind(), 1, Integer::sum);
            }
        }
        if (!counts.equals(kindCounts.get())) {
            kindCounts.set(Map.copyOf(counts));
        }
    }

    private void updateSummary() {
        long open = rows.all().stream().filter(r -> r.status() == SuggestionStatus.OPEN
                && !r.suggestion().isSnoozedOn(LocalDate.now(clock))).count();
        long failed = rows.all().stream().filter(r -> r.status() == SuggestionStatus.FAILED).count();
        summary.set(rows.visible().size() + " shown · " + open + " open" + (failed > 0 ? " · " + failed + " failed" : ""));
    }

    private void updateChoices() {
        Map<String, String> supplierNames = new TreeMap<>();
        for (SuggestionRow row : rows.all()) {
            Suggestion s = row.suggestion();
            if (s.supplierId() != null) {
                supplierNames.merge(s.supplierId(), s.supplierLabel(), (a, b) -> b.equals(s.supplierId()) ? a : b);
            }
        }
        List<Choice> supplierChoices = supplierNames.entrySet().stream()
                .map(e -> new Choice(e.getKey(), e.getValue()))
                .sorted(Comparator.comparing(Choice::label, String.CASE_INSENSITIVE_ORDER))
                .toList();
        if (!supplierChoices.equals(suppliers)) {
            suppliers.setAll(supplierChoices);
        }
        List<Choice> groupChoices = rows.all().stream().map(r -> r.suggestion().plannerGroup()).filter(Objects::nonNull)
                .distinct().sorted().map(g -> new Choice(g, g)).toList();
        if (!groupChoices.equals(plannerGroups)) {
            plannerGroups.setAll(groupChoices);
        }
    }

    // ---- actions ----------------------------------------------------------------------------

    private boolean actionable(SuggestionRow row) {
        return row != null && !row.isRemoved() && !row.isPending();
    }

    private void updateActions() {
        SuggestionRow row = selected.get();
        boolean open = actionable(row) && row.status() == SuggestionStatus.OPEN;
        canAccept.set(open);
        canDismiss.set(open);
        canSnooze.set(open);
        canResend.set(actionable(row) && row.status() == SuggestionStatus.FAILED);
    }

    /** Accepts the selected suggestion and moves on to the next one at once. */
    public void accept() {
        SuggestionRow row = selected.get();
        if (!canAccept.get()) {
            explainRefusal(row, "accept");
            return;
        }
        long version = row.suggestion().version();
        moveOnFrom(row);
        send(row, "Accepting", () -> api.accept(row.id(), version), "accept");
    }

    public void dismiss() {
        SuggestionRow row = selected.get();
        if (!canDismiss.get()) {
            explainRefusal(row, "dismiss");
            return;
        }
        long version = row.suggestion().version();
        dialogs.askReason("Dismiss suggestion",
                        "Why dismiss \"" + SuggestionText.proposal(row.suggestion().proposal(), LocalDate.now(clock))
                                + "\" for " + row.suggestion().productLabel() + "?", USUAL_DISMISS_REASONS)
                .filter(reason -> !reason.isBlank())
                .ifPresent(reason -> {
                    moveOnFrom(row);
                    send(row, "Dismissing", () -> api.dismiss(row.id(), version, reason.strip()), "dismiss");
                });
    }

    public void snooze() {
        SuggestionRow row = selected.get();
        if (!canSnooze.get()) {
            explainRefusal(row, "snooze");
            return;
        }
        long version = row.suggestion().version();
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        dialogs.askDate("Snooze suggestion", "Hide " + row.suggestion().productLabel() + " ("
                        + row.suggestion().orderLine() + ") until which day?", LocalDate.now(clock).plusDays(7), tomorrow)
                .ifPresent(until -> {
                    if (until.isBefore(tomorrow)) {
                        showError("Snooze until a day after today");
                        return;
                    }
                    moveOnFrom(row);
                    send(row, "Snoozing", () -> api.snooze(row.id(), version, until), "snooze");
                });
    }

    public void resend() {
        SuggestionRow row = selected.get();
        if (!canResend.get()) {
            explainRefusal(row, "resend");
            return;
        }
        long version = row.suggestion().version();
        send(row, "Resending", () -> api.resend(row.id(), version), "resend");
    }

    /** Accepts every open one of {@code chosen} after the planner confirms the count and suppliers. */
    public void acceptAll(List<SuggestionRow> chosen) {
        List<SuggestionRow> open = chosen.stream().filter(this::actionable)
                .filter(r -> r.status() == SuggestionStatus.OPEN).distinct().toList();
        if (open.isEmpty()) {
            showError("None of the selected suggestions is open; only open ones can be accepted.");
            return;
        }
        Map<String, Long> perSupplier = open.stream().collect(Collectors.groupingBy(
                r -> r.suggestion().supplierLabel(), LinkedHashMap::new, Collectors.counting()));
        String suppliersText = perSupplier.entrySet().stream()
                .map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", "));
        int skipped = chosen.size() - open.size();
        String question = "Accept " + open.size() + (open.size() == 1 ? " suggestion" : " suggestions")
                + " for " + perSupplier.size() + (perSupplier.size() == 1 ? " supplier?" : " suppliers?");
        String details = "Suppliers: " + suppliersText + ".\nEach order line is updated and its supplier e-mailed."
                + (skipped > 0 ? "\n" + skipped + " selected suggestion(s) are not open and are left out." : "");
        if (!dialogs.confirm("Accept suggestions", question, details, "Accept " + open.size())) {
            return;
        }
        List<RestockApi.VersionedId> items = open.stream()
                .map(r -> new RestockApi.VersionedId(r.id(), r.suggestion().version())).toList();
        open.forEach(r -> r.setPending(true));
        updateActions();
        tasks.run("Accepting " + open.size() + " suggestions", () -> api.acceptAll(items), results -> {
            open.forEach(r -> r.setPending(false));
            int accepted = 0;
            List<String> refused = new ArrayList<>();
            for (BulkAcceptResult result : results) {
                if (result.suggestion() != null) {
                    answered(result.suggestion());
                }
                if (result.accepted()) {
                    accepted++;
                } else {
                    SuggestionRow row = rows.get(result.id());
                    refused.add((row == null ? result.id() : row.suggestion().orderLine()) + ": "
                            + (result.detail() == null ? result.outcome().name() : result.detail()));
                }
            }
            updateActions();
            if (refused.isEmpty()) {
                showInfo("Accepted " + accepted + (accepted == 1 ? " suggestion" : " suggestions"));
            } else {
                showError("Accepted " + accepted + "; not accepted " + refused.size() + ": " + String.join("; ", refused));
            }
        }, failure -> {
            open.forEach(r -> r.setPending(false));
            updateActions();
            showError("Could not accept the suggestions: " + failure.getMessage());
        });
    }

    private void send(SuggestionRow row, String doing, Tasks.Work<Suggestion> call, String verb) {
        row.setPending(true);
        updateActions();
        tasks.run(doing + " " + row.suggestion().orderLine(), call, answer -> {
            row.setPending(false);
            answered(answer);
            updateActions();
            clearMessage();
        }, failure -> {
            row.setPending(false);
            failure.problem().map(p -> p.suggestion()).filter(Objects::nonNull).ifPresent(this::answered);
            updateActions();
            showError("Could not " + verb + " " + row.suggestion().productLabel() + " (" + row.suggestion().orderLine()
                    + "): " + failureText(failure));
        });
    }

    private static String failureText(ApiException failure) {
        return switch (failure.problemCode()) {
            case "stale-version" -> "it changed meanwhile; the table shows its current state — look again";
            default -> failure.getMessage();
        };
    }

    /** An action's answer: shown at once, unless the live stream already showed something newer. */
    private void answered(Suggestion answer) {
        if (rows.takeAnswer(answer)) {
            updateChoices();
        }
    }

    private void moveOnFrom(SuggestionRow row) {
        SuggestionRow next = rows.neighbourOf(row);
        if (next != null && next != row) {
            select(next);
        }
    }

    private void explainRefusal(SuggestionRow row, String verb) {
        if (row == null) {
            showError("Select a suggestion first");
        } else if (row.isRemoved()) {
            showError("This suggestion was removed on the server");
        } else if (row.isPending()) {
            showError("Still waiting for the server's answer on this one");
        } else {
            showError("Cannot " + verb + " a suggestion that is " + row.status().word().toLowerCase(java.util.Locale.ROOT)
                    + (row.suggestion().statusReason() == null ? "" : " (" + row.suggestion().statusReason() + ")"));
        }
    }

    // ---- messages ---------------------------------------------------------------------------

    private void showError(String text) {
        message.set(text);
        messageLevel.set(MessageLevel.ERROR);
    }

    private void showInfo(String text) {
        message.set(text);
        messageLevel.set(MessageLevel.INFO);
    }

    public void clearMessage() {
        message.set("");
        messageLevel.set(MessageLevel.NONE);
    }

    // ---- properties -------------------------------------------------------------------------

    /** The rows to show, filtered and sorted; the selected row is always among them. */
    public ObservableList<SuggestionRow> visibleRows() {
        return rows.visible();
    }

    public SuggestionFilters filters() {
        return filters;
    }

    public DetailViewModel detail() {
        return detail;
    }

    public ConnectionIndicator connection() {
        return connection;
    }

    public ReadOnlyObjectProperty<SuggestionRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canAcceptProperty() {
        return canAccept.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canDismissProperty() {
        return canDismiss.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSnoozeProperty() {
        return canSnooze.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canResendProperty() {
        return canResend.getReadOnlyProperty();
    }

    /** How many suggestions of each kind the other filters let through. */
    public ReadOnlyObjectProperty<Map<SuggestionKind, Integer>> kindCountsProperty() {
        return kindCounts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MessageLevel> messageLevelProperty() {
        return messageLevel.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** The highest change id seen. */
    public ReadOnlyLongProperty lastSequenceProperty() {
        return lastSequence.getReadOnlyProperty();
    }

    public ObservableList<Choice> suppliers() {
        return suppliersView;
    }

    public ObservableList<Choice> plannerGroups() {
        return plannerGroupsView;
    }

    public String user() {
        return session.user();
    }

    public String serverText() {
        return session.server().baseUri().toString();
    }
}
