package org.leiojournal.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AppPathsTest {

    private static final Path BASE = Path.of("/home/alex/.local/share");

    @Test
    void dataDirArgumentWinsOverTheEnvironment() {
        Path folder = AppPaths.dataFolder(Optional.of(Path.of("/srv/from-argument")),
                Map.of(AppPaths.ENV_HOME, "/srv/from-env"));
        assertEquals(Path.of("/srv/from-argument"), folder);
    }

    @Test
    void environmentWinsOverTheDefault() {
        assertEquals(Path.of("/srv/from-env"), AppPaths.dataFolder(Optional.empty(),
                Map.of(AppPaths.ENV_HOME, "/srv/from-env")));
    }

    @Test
    void relativeFoldersAreMadeAbsolute() {
        Path folder = AppPaths.dataFolder(Optional.of(Path.of("journal/../my-journal")), Map.of());
        assertTrue(folder.isAbsolute());
        assertEquals(Path.of("my-journal").toAbsolutePath(), folder);
        Path fromEnv = AppPaths.dataFolder(Optional.empty(), Map.of(AppPaths.ENV_HOME, "rel"));
        assertEquals(Path.of("rel").toAbsolutePath(), fromEnv);
    }

    @Test
    void blankEnvironmentFallsBackToTheDefault() {
        Path fromBlank = AppPaths.dataFolder(Optional.empty(), Map.of(AppPaths.ENV_HOME, "  "));
        Path fromNothing = AppPaths.dataFolder(Optional.empty(), Map.of());
        assertEquals(fromNothing, fromBlank);
        assertTrue(fromNothing.isAbsolute(), fromNothing::toString);
        String name = fromNothing.getFileName().toString();
        assertTrue(name.equals("leio-journal") || name.equals("Leio Journal"), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Linux", "FreeBSD", "SunOS"})
    void unixLikeSystemsUseALowerCaseFolder(String os) {
        assertEquals(BASE.resolve("leio-journal"), AppPaths.defaultFolder(os, BASE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Windows 11", "Windows 10", "Mac OS X"})
    void windowsAndMacUseTheProductName(String os) {
        assertEquals(BASE.resolve("Leio Journal"), AppPaths.defaultFolder(os, BASE));
    }
}
