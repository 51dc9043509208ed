package org.leiojournal.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/** SQLite's library unpacked once into the user's cache, so the start does not unpack it every time (issue 21). */
class SqliteLibraryTest {

    @TempDir
    Path cache;

    /** A fresh JVM: connects with the library kept in the cache given, then lists its temporary folder. */
    public static final class Connecting {
        public static void main(String[] args) throws Exception {
            SqliteLibrary.useCached(Path.of(args[0]));
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:")) {
                connection.createStatement().execute("select 1");
            }
            try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
                System.out.println("in the temporary folder: " + files.map(p -> p.getFileName().toString())
                        .filter(n -> n.startsWith("sqlite-")).toList());
            }
        }
    }

    @Test
    void theDriverConnectsWithTheCachedLibraryAndUnpacksNothingIntoTheTemporaryFolder() throws Exception {
        Path temporary = Files.createDirectory(cache.resolve("temporary"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(List.of(java.toString(), "-Djava.io.tmpdir=" + temporary, "-cp",
                System.getProperty("java.class.path"), Connecting.class.getName(), cache.resolve("c").toString()))
                .redirectErrorStream(true).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), out);
        assertEquals(0, child.exitValue(), out);
        assertTrue(out.contains("in the temporary folder: []"), out); // the driver's own copy would be there
        assertTrue(Files.isRegularFile(SqliteLibrary.unpacked(cache.resolve("c"))
                .resolve(LibraryLoaderUtil.getNativeLibName())), out);
    }

    @Test
    void theLibraryIsTheDriversOwnInAFolderNamedForItsVersion() throws Exception {
        Path folder = SqliteLibrary.unpacked(cache);

        assertEquals(cache.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion()), folder);
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(LibraryLoaderUtil.getNativeLibResourcePath()
                + "/" + LibraryLoaderUtil.getNativeLibName())) {
            assertArrayEquals(in.readAllBytes(), Files.readAllBytes(folder.resolve(
                    LibraryLoaderUtil.getNativeLibName())));
        }
    }

    @Test
    void aWholeLibraryAlreadyThereIsKeptNotWrittenAgain() throws Exception {
        Path library = SqliteLibrary.unpacked(cache).resolve(LibraryLoaderUtil.getNativeLibName());
        FileTime written = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(library, written);

        SqliteLibrary.unpacked(cache);

        assertEquals(written, Files.getLastModifiedTime(library));
    }

    /** A truncated library stops the JVM as the system loads it (SIGBUS, seen here), so it must never be used. */
    @Test
    void aDamagedLibraryIsWrittenAgainBeforeUse() throws Exception {
        Path library = SqliteLibrary.unpacked(cache).resolve(LibraryLoaderUtil.getNativeLibName());
        byte[] whole = Files.readAllBytes(library);
        Files.write(library, Arrays.copyOf(whole, 5000));

        SqliteLibrary.unpacked(cache);

        assertArrayEquals(whole, Files.readAllBytes(library));
        whole[whole.length / 2] ^= 1; // the same length, one bit changed
        Files.write(library, whole);

        SqliteLibrary.unpacked(cache);

        whole[whole.length / 2] ^= 1;
        assertArrayEquals(whole, Files.readAllBytes(library));
    }

    @Test
    void aCacheThatCannotBeMadeLeavesTheDriverToItsOwnWay() throws Exception {
        Path notAFolder = Files.writeString(cache.resolve("file"), "in the way");
        String path = System.getProperty(SqliteLibrary.PATH_PROPERTY);
        String temporary = System.getProperty(SqliteLibrary.TEMP_PROPERTY);
        try {
            System.clearProperty(SqliteLibrary.PATH_PROPERTY);
            System.clearProperty(SqliteLibrary.TEMP_PROPERTY);

            SqliteLibrary.useCached(notAFolder.resolve("cache"));

            assertEquals(null, System.getProperty(SqliteLibrary.PATH_PROPERTY));
            assertEquals(null, System.getProperty(SqliteLibrary.TEMP_PROPERTY));
        } finally {
            restore(SqliteLibrary.PATH_PROPERTY, path);
            restore(SqliteLibrary.TEMP_PROPERTY, temporary);
        }
    }

    private static void restore(String property, String value) {
        if (value == null) {
            System.clearProperty(property);
        } else {
            System.setProperty(property, value);
        }
    }
}
