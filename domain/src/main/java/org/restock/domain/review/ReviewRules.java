package org.restock.domain.review;

import java.util.List;
import java.util.Optional;
import org.restock.domain.suggestion.Suggestion.Finding;

/** The rule set in precedence order (DESIGN §4.4): the first rule that fires for a line wins. */
public final class ReviewRules {

    private static final List<ReviewRule> IN_PRECEDENCE = List.of(
            new CancelStaleRule(),
            new CancelRule(),
            new ReduceQuantityRule(),
            new PostponeRule(),
            new ExpediteRule(),
            new PastDueRule(),
            new ReviewNoDemandRule());

    private final ReviewSettings settings;

    public ReviewRules(ReviewSettings settings) {
        this.settings = settings;
    }

    public Optional<Finding> evaluate(LineProjection line, ProductProjection product) {
        for (ReviewRule rule : IN_PRECEDENCE) {
            Optional<Finding> finding = rule.evaluate(line, product, settings);
            if (finding.isPresent()) {
                return finding;
            }
        }
        return Optional.empty();
    }

    public ReviewSettings settings() {
        return settings;
    }
}
