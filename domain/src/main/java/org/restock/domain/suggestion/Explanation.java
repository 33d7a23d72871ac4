package org.restock.domain.suggestion;

import java.util.List;
import java.util.Objects;
import org.restock.domain.shared.InvalidValue;

/**
 * Why a suggestion exists, for a planner: the rule, a sentence in plain words, and the figures and
 * thresholds it saw, in the order a planner reads them.
 */
public record Explanation(String rule, String text, List<Figure> figures) {

    public Explanation {
        InvalidValue.requireText(rule, "rule");
        InvalidValue.requireText(text, "text");
        figures = List.copyOf(figures);
    }

    /** One named figure: {@code key} is stable for machines, {@code label} is for people. */
    public record Figure(String key, String label, String value) {
        public Figure {
            InvalidValue.requireText(key, "figure key");
            InvalidValue.requireText(label, "figure label");
            Objects.requireNonNull(value, "figure value");
        }
    }
}
