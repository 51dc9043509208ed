package org.leiojournal.domain.alert;

import java.util.Arrays;

/**
 * How soon an alert asks the user to act. {@link #CALL_NOW}: call the care team at any hour (temperature, warning
 * signs, the emergency list). {@link #TELL_SOON}: tell the team today, or at the next contact with them. The
 * declaration order is the order they are shown in: call-now first. {@link #code()} is the name the rules file and
 * the {@code rules check} output use; it never changes.
 */
public enum AlertTier {
    CALL_NOW("call-now"),
    TELL_SOON("tell-soon");

    private final String code;

    AlertTier(String code) {
        this.code = code;
    }

    /** "call-now" or "tell-soon". */
    public String code() {
        return code;
    }

    public static AlertTier fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no alert tier is called " + code
                        + " (call-now or tell-soon)"));
    }
}
