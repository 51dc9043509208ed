package org.leiojournal.installer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portable jar ({@code mvn -Pportable verify}, which passes its path as {@code portable.jar}) holds JavaFX's
 * libraries for each system, built for the right processor, and starts here with {@code java -jar} to its first
 * window. Without the property (a plain {@code mvn verify}) it is skipped: an old jar in target/ proves nothing.
 */
@Tag("process")
class PortableJarTest {

    private static final int ELF_X86_64 = 62;
    private static final int PE_AMD64 = 0x8664;
    private static final int MACH_O_X86_64 = 0x01000007;
    private static final int MACH_O_ARM64 = 0x0100000C;

    private static Path jar;

    @BeforeAll
    static void findTheJar() {
        String property = System.getProperty("portable.jar");
        assumeTrue(property != null, "no portable.jar property: run `mvn -Pportable verify`");
        jar = Path.of(property);
        assumeTrue(Files.isRegularFile(jar), jar + " was not built");
    }

    @Test
    void holdsJavaFxsLibrariesForLinuxWindowsAndBothKindsOfMac() throws Exception {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (String linux : List.of("libglass.so", "libglassgtk3.so", "libprism_es2.so", "libprism_sw.so",
                    "libjavafx_font.so", "libjavafx_font_freetype.so")) {
                assertEquals(ELF_X86_64, elfMachine(zip, linux), linux + " is a Linux x86-64 library");
            }
            for (String windows : List.of("glass.dll", "prism_d3d.dll", "prism_sw.dll", "javafx_font.dll",
                    "msvcp140.dll", "vcruntime140.dll")) {
                assertEquals(PE_AMD64, peMachine(zip, windows), windows + " is a Windows x64 library");
            }
            Set<String> intel = macLibraries(zip, "mac");
            Set<String> silicon = macLibraries(zip, "mac-aarch64");
            assertTrue(intel.containsAll(List.of("libglass.dylib", "libprism_es2.dylib", "libprism_sw.dylib",
                    "libjavafx_font.dylib")), "Intel set: " + intel);
            assertEquals(intel, silicon, "both Mac sets are whole");
            for (String name : intel) {
                assertEquals(MACH_O_X86_64, machOCpu(zip, "javafx-natives/mac/" + name), name + " for Intel");
                assertEquals(MACH_O_ARM64, machOCpu(zip, "javafx-natives/mac-aarch64/" + name),
                        name + " for Apple silicon");
            }
            // at the root a .dylib would be loaded on either processor, the wrong one on one of them
            assertTrue(zip.stream().noneMatch(e -> !e.getName().contains("/") && e.getName().endsWith(".dylib")));
            for (String toolkit : List.of("com/sun/glass/ui/gtk/GtkApplication.class",
                    "com/sun/glass/ui/win/WinApplication.class", "com/sun/glass/ui/mac/MacApplication.class",
                    "com/sun/prism/d3d/D3DPipeline.class", "com/sun/prism/es2/ES2Pipeline.class")) {
                assertNotNull(zip.getEntry(toolkit), toolkit);
            }
        }
    }

    @Test
    void startsWithTheLauncherWhichIsNoJavaFxApplication() throws Exception {
        try (JarFile file = new JarFile(jar.toFile())) {
            String main = file.getManifest().getMainAttributes().getValue("Main-Class");
            assertEquals("org.leiojournal.Launcher", main);
            // a JavaFX Application as the main class of a plain jar stops with "JavaFX runtime components are missing"
            assertFalse(javafx.application.Application.class.isAssignableFrom(Class.forName(main)));
            assertNotNull(file.getEntry("META-INF/services/java.sql.Driver"), "SQLite's driver is listed");
            String modules = new String(file.getInputStream(
                    file.getEntry("META-INF/services/com.fasterxml.jackson.databind.Module")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(modules.contains("Jdk8Module") && modules.contains("JavaTimeModule"),
                    "both Jackson modules' service lists kept: " + modules);
        }
    }

    @Test
    void startsHereToItsFirstWindow(@TempDir Path scratch) throws Exception {
        List<String> command = new ArrayList<>();
        boolean linux = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("linux");
        if (linux && System.getenv("DISPLAY") == null) {
            assumeTrue(onPath("xvfb-run"), "no display and no xvfb-run (apt-get install xvfb)");
            command.addAll(List.of("xvfb-run", "--auto-servernum", "--server-args=-screen 0 1280x800x24"));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + scratch.resolve("home"), // JavaFX's library cache, kept out of the real home
                "-Dleio.exitAfterFirstWindow=true", "-jar", jar.toAbsolutePath().toString(),
                "--data-dir", scratch.resolve("journal").toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try (InputStream in = process.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(process.waitFor(180, TimeUnit.SECONDS), "the app ended");
        assumeFalse(linux && output.contains("Unable to load glass GTK library"),
                "GTK 3 is not installed here (apt-get install libgtk-3-0)");
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.contains("first window shown"), output);
        assertTrue(Files.isRegularFile(scratch.resolve("journal/journal.sqlite")), "a journal was created");
    }

    private static Set<String> macLibraries(ZipFile zip, String set) {
        String prefix = "javafx-natives/" + set + "/";
        Set<String> names = new TreeSet<>();
        zip.stream().map(ZipEntry::getName).filter(n -> n.startsWith(prefix) && n.endsWith(".dylib"))
                .forEach(n -> names.add(n.substring(prefix.length())));
        return names;
    }

    private static int elfMachine(ZipFile zip, String name) throws IOException {
        ByteBuffer head = head(zip, name);
        assertEquals(0x7f454c46, head.order(ByteOrder.BIG_ENDIAN).getInt(0), name + " is ELF");
        return head.order(ByteOrder.LITTLE_ENDIAN).getShort(18);
    }

    private static int peMachine(ZipFile zip, String name) throws IOException {
        ByteBuffer head = head(zip, name).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals('M' | 'Z' << 8, head.getShort(0), name + " is a PE file");
        int pe = head.getInt(0x3c);
        assertEquals(0x00004550, head.getInt(pe), name + " has a PE header");
        return Short.toUnsignedInt(head.getShort(pe + 4));
    }

    private static int machOCpu(ZipFile zip, String name) throws IOException {
        ByteBuffer head = head(zip, name).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0xfeedfacf, head.getInt(0), name + " is a 64-bit Mach-O file");
        return head.getInt(4);
    }

    private static ByteBuffer head(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        assertNotNull(entry, name + " is in the jar");
        try (InputStream in = zip.getInputStream(entry)) {
            return ByteBuffer.wrap(in.readNBytes(4096));
        }
    }

    private static boolean onPath(String program) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }
}
