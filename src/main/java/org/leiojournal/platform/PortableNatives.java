package org.leiojournal.platform;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * JavaFX's macOS libraries for the portable jar. JavaFX loads its libraries from the root of its jar, and its Intel
 * and Apple silicon sets have the same names (libglass.dylib, …), so in the one jar that holds both they live in
 * {@code javafx-natives/mac} and {@code javafx-natives/mac-aarch64} (installer/portable-jar.xml). Before JavaFX starts
 * on a Mac, the set for this processor is copied into JavaFX's own cache folder (~/.openjfx/cache/VERSION/ARCH, where
 * JavaFX would have put a root library too) and that folder goes first on {@code java.library.path}: JavaFX's loader
 * reads the property each time it loads a library and looks there right after the jar's root. Anywhere else (the
 * installers, a checkout, Linux, Windows) there is no such folder and nothing happens.
 */
public final class PortableNatives {

    static final String FOLDER = "javafx-natives/";
    private static final Logger LOG = Logger.getLogger(PortableNatives.class.getName());

    private PortableNatives() {
    }

    /** Called once before JavaFX starts; never fails the start (JavaFX then says what it could not load). */
    public static void prepare() {
        try {
            Optional<Path> jar = runningJar();
            if (jar.isEmpty()) {
                return;
            }
            Path cache = Path.of(System.getProperty("user.home"), ".openjfx", "cache", javafxVersion(),
                    System.getProperty("os.arch"));
            install(jar.get(), System.getProperty("os.name", ""), System.getProperty("os.arch", ""), cache)
                    .ifPresent(folder -> System.setProperty("java.library.path",
                            folder + File.pathSeparator + System.getProperty("java.library.path", "")));
        } catch (IOException | RuntimeException e) {
            LOG.warning("JavaFX's macOS libraries could not be prepared: " + FailureTrace.of(e));
        }
    }

    /**
     * Copies the JavaFX libraries for {@code osName}/{@code osArch} out of {@code jar} into {@code cache} (a file
     * already there with the same bytes is kept) and returns that folder; empty off macOS or when the jar has no
     * set for this processor.
     */
    static Optional<Path> install(Path jar, String osName, String osArch, Path cache) throws IOException {
        Optional<String> set = setFor(osName, osArch);
        if (set.isEmpty()) {
            return Optional.empty();
        }
        String prefix = FOLDER + set.get() + "/";
        boolean found = false;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (entry.isDirectory() || !name.startsWith(prefix) || name.indexOf('/', prefix.length()) >= 0) {
                    continue;
                }
                if (!found) {
                    Files.createDirectories(cache);
                    found = true;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    copyIfChanged(in.readAllBytes(), cache.resolve(name.substring(prefix.length())));
                }
            }
        }
        return found ? Optional.of(cache) : Optional.empty();
    }

    /** The jar's folder of libraries for this system: "mac" (Intel) or "mac-aarch64" (Apple silicon); none elsewhere. */
    static Optional<String> setFor(String osName, String osArch) {
        if (!osName.toLowerCase(Locale.ROOT).startsWith("mac")) {
            return Optional.empty();
        }
        return switch (osArch) {
            case "aarch64", "arm64" -> Optional.of("mac-aarch64");
            case "x86_64", "amd64" -> Optional.of("mac");
            default -> Optional.empty();
        };
    }

    /** Another copy of the app may be loading the same file: replace it whole, never write into it. */
    private static void copyIfChanged(byte[] bytes, Path target) throws IOException {
        if (Files.exists(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
            return;
        }
        Path temporary = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        try {
            Files.write(temporary, bytes);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static Optional<Path> runningJar() {
        try {
            Path location = Path.of(PortableNatives.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(location) ? Optional.of(location) : Optional.empty();
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String javafxVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PortableNatives.class.getResourceAsStream("/javafx.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return properties.getProperty("javafx.runtime.version", "versionless");
    }
}
