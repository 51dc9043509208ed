package org.leiojournal.platform;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Shows a folder in the system's file manager. Uses the platform's own opener, never a network call. */
@FunctionalInterface
public interface FolderOpener {

    void open(Path folder) throws IOException;

    static FolderOpener system() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.startsWith("windows") ? List.of("explorer.exe")
                : os.startsWith("mac") ? List.of("open") : List.of("xdg-open");
        return folder -> {
            List<String> args = new java.util.ArrayList<>(command);
            args.add(folder.toAbsolutePath().toString());
            new ProcessBuilder(args).inheritIO().start();
        };
    }
}
