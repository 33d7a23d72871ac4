package org.restock.domain.suggestion;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.restock.domain.product.ProductId;
import org.restock.domain.purchaseorder.LineRef;

/** The store of suggestions (port). */
public interface Suggestions {

    Optional<Suggestion> find(SuggestionId id);

    /** Insert at version 0 or update at the expected version; see {@code Products.save}. */
    Suggestion save(Suggestion suggestion);

    /** Every stored suggestion of the line, whatever its status. */
    List<Suggestion> forLine(LineRef line);

    /** Every stored suggestion of the product's lines, whatever its status. */
    List<Suggestion> forProduct(ProductId productId);

    List<Suggestion> withStatus(Set<SuggestionStatus> statuses);

    SuggestionPage search(SuggestionQuery query);

    /**
     * Deletes suggestions in the given statuses last changed before the cutoff (the nightly sweep).
     *
     * @return the ids deleted, so the change feed can tell clients
     */
    List<SuggestionId> deleteOlderThan(Set<SuggestionStatus> statuses, Instant cutoff);

    /** Deletes all but the given statuses (an admin reset keeps handled suggestions). */
    List<SuggestionId> deleteAllExcept(Set<SuggestionStatus> kept);
}
