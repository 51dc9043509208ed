package org.leiojournal.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import javafx.util.StringConverter;
import org.leiojournal.domain.symptom.RecorderRole;

/** Text for choice boxes, and dates read the ways people type them. */
public final class Converters {

    private static final List<DateTimeFormatter> TYPED_DATES = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("d/M/uuuu"),
            DateTimeFormatter.ofPattern("d.M.uuuu"));

    private Converters() {
    }

    public static StringConverter<RecorderRole> roles(Messages messages) {
        return new StringConverter<>() {
            @Override
            public String toString(RecorderRole role) {
                return role == null ? "" : messages.get(role.messageKey());
            }

            @Override
            public RecorderRole fromString(String text) {
                return null; // the box is not editable
            }
        };
    }

    /** Dates shown as "Sun 22 Nov 2026" and read back however the user typed them, for date pickers. */
    public static StringConverter<LocalDate> dates(Formats formats) {
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate day) {
                return day == null ? "" : formats.date(day);
            }

            @Override
            public LocalDate fromString(String text) {
                return parseDate(text, formats);
            }
        };
    }

    /** Null for text that is not a date, so the form can say so instead of throwing. */
    public static LocalDate parseDate(String text, Formats formats) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        try {
            return LocalDate.parse(trimmed, formats.dateFormatter());
        } catch (DateTimeParseException e) {
            for (DateTimeFormatter format : TYPED_DATES) {
                try {
                    return LocalDate.parse(trimmed, format);
                } catch (DateTimeParseException ignored) {
                    // try the next way of writing a date
                }
            }
            return null;
        }
    }
}
