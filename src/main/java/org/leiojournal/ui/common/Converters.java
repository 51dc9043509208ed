package org.leiojournal.ui.common;

import javafx.util.StringConverter;
import org.leiojournal.domain.symptom.RecorderRole;

/** Text for choice boxes. Dates are read by {@link DateText}, in every {@link DateField}. */
public final class Converters {

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
}
