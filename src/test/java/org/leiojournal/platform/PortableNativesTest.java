package org.leiojournal.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On a Mac the portable jar hands JavaFX the libraries built for its processor, and only there. */
class PortableNativesTest {

    @TempDir
    Path dir;

    @Test
    void anAppleSiliconMacGetsTheArmSetAndAnIntelMacTheIntelSet() throws Exception {
        Path jar = jar(Map.of("javafx-natives/mac/libglass.dylib", "intel glass",
                "javafx-natives/mac/libprism_sw.dylib", "intel prism",
                "javafx-natives/mac-aarch64/libglass.dylib", "arm glass",
                "javafx-natives/mac-aarch64/libprism_sw.dylib", "arm prism", "libglass.so", "linux glass"));

        Optional<Path> arm = PortableNatives.install(jar, "Mac OS X", "aarch64", dir.resolve("arm"));
        Optional<Path> intel = PortableNatives.install(jar, "Mac OS X", "x86_64", dir.resolve("intel"));

        assertEquals(Optional.of(dir.resolve("arm")), arm);
        assertEquals("arm glass", Files.readString(dir.resolve("arm/libglass.dylib")));
        assertEquals("arm prism", Files.readString(dir.resolve("arm/libprism_sw.dylib")));
        assertEquals("intel glass", Files.readString(dir.resolve("intel/libglass.dylib")));
        assertFalse(Files.exists(dir.resolve("arm/libglass.so")), "only the Mac set is copied");
    }

    @Test
    void linuxAndWindowsUseTheJarsRootAndNothingIsCopied() throws Exception {
        Path jar = jar(Map.of("javafx-natives/mac/libglass.dylib", "intel glass"));

        assertEquals(Optional.empty(), PortableNatives.install(jar, "Linux", "amd64", dir.resolve("cache")));
        assertEquals(Optional.empty(), PortableNatives.install(jar, "Windows 11", "amd64", dir.resolve("cache")));
        assertFalse(Files.exists(dir.resolve("cache")));
    }

    @Test
    void aJarWithoutMacLibrariesLeavesJavaFxAlone() throws Exception {
        // the installers' and a checkout's app jar: JavaFX's own jars carry the Mac libraries at their roots
        Path jar = jar(Map.of("org/leiojournal/Launcher.class", "class"));

        assertEquals(Optional.empty(), PortableNatives.install(jar, "Mac OS X", "aarch64", dir.resolve("cache")));
        assertFalse(Files.exists(dir.resolve("cache")));
    }

    @Test
    void aLibraryAlreadyCachedIsKeptAndAStaleOneReplaced() throws Exception {
        Path cache = dir.resolve("cache");
        Files.createDirectories(cache);
        Files.writeString(cache.resolve("libglass.dylib"), "arm glass");
        FileTime before = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(cache.resolve("libglass.dylib"), before);
        Files.writeString(cache.resolve("libprism_sw.dylib"), "an older version");
        Path jar = jar(Map.of("javafx-natives/mac-aarch64/libglass.dylib", "arm glass",
                "javafx-natives/mac-aarch64/libprism_sw.dylib", "arm prism"));

        PortableNatives.install(jar, "Mac OS X", "aarch64", cache);

        assertEquals(before, Files.getLastModifiedTime(cache.resolve("libglass.dylib")), "not rewritten");
        assertEquals("arm prism", Files.readString(cache.resolve("libprism_sw.dylib")));
        try (var left = Files.list(cache)) {
            assertTrue(left.noneMatch(p -> p.toString().endsWith(".part")), "no temporary file left");
        }
    }

    @Test
    void eachProcessorNameFindsItsSet() {
        assertEquals(Optional.of("mac-aarch64"), PortableNatives.setFor("Mac OS X", "aarch64"));
        assertEquals(Optional.of("mac"), PortableNatives.setFor("Mac OS X", "x86_64"));
        assertEquals(Optional.empty(), PortableNatives.setFor("Linux", "aarch64"));
        assertEquals(Optional.empty(), PortableNatives.setFor("Mac OS X", "ppc"));
    }

    private Path jar(Map<String, String> entries) throws IOException {
        Path jar = Files.createTempFile(dir, "portable", ".jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }
}
