package org.restock.desktop.common;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The questions a view model may ask the planner; the JavaFX implementation shows dialogs, tests answer directly. */
public interface DialogService {

    /** Asks to go ahead with {@code action} (the label of the button that does it). */
    boolean confirm(String title, String question, String details, String action);

    /** Asks why; offers {@code usualReasons} to pick from, free text allowed. Empty when cancelled. */
    Optional<String> askReason(String title, String question, List<String> usualReasons);

    /** Asks for a day, not before {@code earliest}. Empty when cancelled. */
    Optional<LocalDate> askDate(String title, String question, LocalDate proposed, LocalDate earliest);
}
