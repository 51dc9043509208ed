package org.leiojournal.platform;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Paths the user types (the command line's --out, --data-dir, a file to import). Spaces and accents are fine
 * everywhere. Windows refuses more than Linux and macOS: the device names CON, PRN, AUX, NUL, COM1–9 and LPT1–9
 * (with any extension), the characters {@code < > : " | ? *}, control characters, and a name ending in a space or
 * a dot; there such a name is refused with the reason in words instead of failing later with a stack trace. The
 * window's file choosers use the system's own dialog, which refuses these names itself.
 */
public final class FileNames {

    private static final boolean WINDOWS = System.getProperty("os.name", "").toLowerCase(Locale.ROOT)
            .startsWith("windows");
    private static final Pattern DEVICE = Pattern.compile("(?i)(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])(\\..*)?");
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:(?=[\\\\/]|$)");

    private FileNames() {
    }

    /** The path, or an InvalidPathException whose reason says in words what this system refuses. */
    public static Path path(String text) {
        if (WINDOWS) {
            windowsProblem(text).ifPresent(reason -> {
                throw new InvalidPathException(text, reason);
            });
        }
        return Path.of(text);
    }

    /** What Windows would refuse in this path, in words; empty when it takes it. */
    static Optional<String> windowsProblem(String text) {
        String rest = DRIVE.matcher(text).replaceFirst("");
        for (String name : rest.split("[\\\\/]")) {
            if (name.isEmpty() || name.equals(".") || name.equals("..")) {
                continue;
            }
            if (DEVICE.matcher(name).matches()) {
                return Optional.of("Windows keeps the name " + name + " for a device; choose another name");
            }
            for (char c : name.toCharArray()) {
                if ("<>:\"|?*".indexOf(c) >= 0 || c < ' ') {
                    return Optional.of("Windows does not allow " + (c < ' ' ? "control characters" : "“" + c + "”")
                            + " in a file name; choose another name");
                }
            }
            if (name.endsWith(" ") || name.endsWith(".")) {
                return Optional.of("Windows does not allow a file name that ends in a space or a dot");
            }
        }
        return Optional.empty();
    }
}
