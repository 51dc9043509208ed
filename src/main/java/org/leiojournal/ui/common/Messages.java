package org.leiojournal.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.leiojournal.domain.validation.FieldId;
import org.leiojournal.domain.validation.Problem;
import org.leiojournal.platform.ShortcutKeys;

/** All user-facing text, from one resource bundle with dotted keys. */
public final class Messages {

    private static final String BUNDLE = "org.leiojournal.i18n.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    /**
     * Reads the text for {@code locale} now, into the JDK's cache of bundles, so that a {@code new Messages} for it
     * finds it read: the start calls this on the catalogs' thread while JavaFX starts, which takes parsing the
     * bundle (11–14 ms of CPU) off the UI thread before the first window (issue 21).
     */
    public static void readAhead(Locale locale) {
        ResourceBundle.getBundle(BUNDLE, locale);
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key; // visible in the UI and caught by MessagesTest, never a crash
        }
        return ShortcutKeys.forThisSystem(new MessageFormat(pattern, locale).format(args)); // ⌘ on a Mac
    }

    public String problem(Problem problem) {
        return get(problem.messageKey(), problem.args().toArray());
    }

    /** Replaces what a form shows with these problems, each worded for the user, under its field. */
    public void showProblems(java.util.Map<FieldId, String> errors, java.util.List<Problem> problems) {
        errors.clear();
        problems.forEach(p -> errors.putIfAbsent(p.field(), problem(p)));
    }

    public Locale locale() {
        return locale;
    }
}
