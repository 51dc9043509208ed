package org.leiojournal.ui.common;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * The one date field of the app (review D7): shows "Tue 24 Nov 2026", reads what {@link DateText} reads, and
 * prompts "e.g. 24 Nov 2026". Text it cannot read stays in the field with its problem said beside it
 * ({@link #errorLabel()}); the field's value is then empty, and {@link #commit()} tells a save to stop.
 */
public final class DateField extends DatePicker {

    private final DateText reader;
    private final String unreadable;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public DateField(String id, Messages messages) {
        Formats formats = new Formats(messages.locale());
        reader = new DateText(messages.locale());
        unreadable = messages.get("date.unreadable", reader.example(), reader.numericExample(),
                reader.isoExample());
        setId(id);
        getStyleClass().add("date-field"); // its width in em (leio.css): the hint fits at any text size
        setPromptText(messages.get("date.prompt", reader.example()));
        setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate day) {
                return day == null ? "" : formats.date(day);
            }

            @Override
            public LocalDate fromString(String text) {
                return reader.read(text).orElse(null);
            }
        });
        // registered before the skin's own listener: see the text before the skin replaces it
        focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                keepIfUnreadable(getEditor().getText());
            }
        });
        getEditor().addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                keepIfUnreadable(getEditor().getText());
            }
        });
        getEditor().textProperty().addListener((o, old, now) -> {
            if (!problem.get().isEmpty() && !isFocused() && now.isEmpty()) {
                return; // the skin clearing unreadable text: it is put back below
            }
            if (reader.read(now).isPresent() || now.isBlank()) {
                problem.set("");
            }
        });
    }

    /**
     * Days after {@code lastDay} cannot be picked in the calendar: a check-in, a scan or a blood test is written
     * once it has happened. Asked each time the calendar draws, so the limit moves on with the clock.
     */
    public void noDaysAfter(Supplier<LocalDate> lastDay) {
        setDayCellFactory(p -> new DateCell() {
            @Override
            public void updateItem(LocalDate day, boolean empty) {
                super.updateItem(day, empty);
                setDisable(empty || day.isAfter(lastDay.get()));
            }
        });
    }

    /** The problem with the typed text, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /**
     * Takes the typed text as the value (a picker commits only when it loses the focus, and a save by keyboard
     * shortcut must not save the date shown before). False when the text is not a date: the form must not save.
     */
    public boolean commit() {
        String text = getEditor().getText();
        Optional<LocalDate> typed = reader.read(text);
        if (typed.isEmpty() && !text.isBlank()) {
            keepIfUnreadable(text);
            return false;
        }
        if (!java.util.Objects.equals(typed.orElse(null), getValue())) {
            setValue(typed.orElse(null));
        }
        return true;
    }

    /** The field's problem in red, right under it; takes no room while there is none. */
    public ErrorLine errorLabel() {
        return new ErrorLine(getId() + "-date-error", problem, this, false);
    }

    private void keepIfUnreadable(String text) {
        if (text == null || text.isBlank() || reader.read(text).isPresent()) {
            return;
        }
        problem.set(unreadable);
        setValue(null);
        Platform.runLater(() -> getEditor().setText(text)); // after the skin has emptied the field
    }
}
