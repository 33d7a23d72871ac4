package org.restock.desktop.api;

/** The live stream of suggestion changes. */
public interface SuggestionFeed {

    /**
     * Starts listening for every change after {@code afterSequence}; the listener is called on a
     * worker thread. Reconnects by itself and resumes where it stopped until the subscription is closed.
     */
    Subscription subscribe(long afterSequence, Listener listener);

    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    interface Listener {
        void opened();

        /** The stream broke; it is being re-established. */
        void lost(String why);

        void changed(long sequence, Suggestion suggestion);

        void removed(long sequence, String suggestionId);
    }
}
