package org.restock.desktop.testing;

import org.restock.desktop.api.Suggestion;
import org.restock.desktop.api.SuggestionFeed;

import java.util.ArrayList;
import java.util.List;

/** A live stream the test drives by hand. */
public final class ScriptedFeed implements SuggestionFeed {

    private final List<Long> subscribedAfter = new ArrayList<>();
    private Listener listener;
    private final List<Listener> listeners = new ArrayList<>();
    private boolean closed;

    @Override
    public Subscription subscribe(long afterSequence, Listener listener) {
        subscribedAfter.add(afterSequence);
        this.listener = listener;
        listeners.add(listener);
        return () -> closed = true;
    }

    public List<Long> subscribedAfter() {
        return List.copyOf(subscribedAfter);
    }

    public boolean closed() {
        return closed;
    }

    /** The listener of an earlier subscription, which a reload replaced. */
    public Listener earlier(int index) {
        return listeners.get(index);
    }

    public void open() {
        listener.opened();
    }

    public void lose(String why) {
        listener.lost(why);
    }

    public void change(long sequence, Suggestion suggestion) {
        listener.changed(sequence, suggestion);
    }

    public void remove(long sequence, String id) {
        listener.removed(sequence, id);
    }
}
