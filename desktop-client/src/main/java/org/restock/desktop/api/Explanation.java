package org.restock.desktop.api;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.List;

/** Why a suggestion exists: the rule, a sentence, and the figures it rests on. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Explanation(String rule, String text, List<Figure> figures) {

    public Explanation {
        figures = figures == null ? List.of() : List.copyOf(figures);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Figure(String key, String label, String value) {
    }
}
