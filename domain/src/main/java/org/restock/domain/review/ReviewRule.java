package org.restock.domain.review;

import java.util.Optional;
import org.restock.domain.suggestion.Suggestion.Finding;
import org.restock.domain.suggestion.SuggestionKind;

/** One review rule (DESIGN §4.4): looks at one open line in its product's projection. */
public sealed interface ReviewRule
        permits CancelStaleRule, CancelRule, ReduceQuantityRule, PostponeRule, ExpediteRule, PastDueRule,
        ReviewNoDemandRule {

    SuggestionKind kind();

    Optional<Finding> evaluate(LineProjection line, ProductProjection product, ReviewSettings settings);
}
