package org.restock.desktop.testing;

import org.restock.desktop.common.DialogService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Answers the view model's questions as the test says, and remembers what was asked. */
public final class ScriptedDialogs implements DialogService {

    private final List<String> asked = new ArrayList<>();
    private boolean confirmAnswer = true;
    private String reasonAnswer;
    private LocalDate dateAnswer;

    public ScriptedDialogs confirmWith(boolean answer) {
        confirmAnswer = answer;
        return this;
    }

    public ScriptedDialogs reasonWith(String answer) {
        reasonAnswer = answer;
        return this;
    }

    public ScriptedDialogs dateWith(LocalDate answer) {
        dateAnswer = answer;
        return this;
    }

    public List<String> asked() {
        return List.copyOf(asked);
    }

    @Override
    public boolean confirm(String title, String question, String details, String action) {
        asked.add(question + "\n" + details);
        return confirmAnswer;
    }

    @Override
    public Optional<String> askReason(String title, String question, List<String> usualReasons) {
        asked.add(question);
        return Optional.ofNullable(reasonAnswer);
    }

    @Override
    public Optional<LocalDate> askDate(String title, String question, LocalDate proposed, LocalDate earliest) {
        asked.add(question);
        return Optional.ofNullable(dateAnswer);
    }
}
