package org.leiojournal.domain.alert;

import java.util.Objects;
import java.util.regex.Pattern;

/** Something the user may notice between check-ins and should report the same day, in the app's own words. */
public record WarningSign(String code, String text) {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]*");

    public WarningSign {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(text, "text");
        if (!CODE.matcher(code).matches() || text.isBlank()) {
            throw new IllegalArgumentException("a sign has a lower-case code and a text: " + code);
        }
    }
}
