package org.restock.domain.review;

/** What one review changed; all zeros when the data had not changed. */
public record ReviewOutcome(int created, int revised, int withdrawn, int completed, int reopened) {

    public static final ReviewOutcome NOTHING = new ReviewOutcome(0, 0, 0, 0, 0);

    public boolean changedNothing() {
        return created + revised + withdrawn + completed + reopened == 0;
    }

    public ReviewOutcome plus(ReviewOutcome other) {
        return new ReviewOutcome(created + other.created, revised + other.revised, withdrawn + other.withdrawn,
                completed + other.completed, reopened + other.reopened);
    }

    static final class Tally {
        int created;
        int revised;
        int withdrawn;
        int completed;
        int reopened;

        ReviewOutcome outcome() {
            return new ReviewOutcome(created, revised, withdrawn, completed, reopened);
        }
    }
}
