package org.leiojournal.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A folder of medical data files inside the app, with an {@code index.txt} that lists them in the order the user
 * sees them (blank lines and lines starting with # are notes). A missing or unreadable file stops the app at
 * start, where a test catches it, rather than leaving an entry out.
 */
final class BundledFolder {

    /** Reads one file's content. */
    @FunctionalInterface
    interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private final String folder;

    BundledFolder(String folder) {
        this.folder = folder;
    }

    /** Every file the index lists, read in its order. */
    <T> List<T> readAll(Reader<T> reader) {
        List<T> loaded = new ArrayList<>();
        for (String file : index()) {
            loaded.add(read(file, reader));
        }
        return loaded;
    }

    /** One file, read; a missing or unreadable one (or one {@code reader} refuses) stops with its name. */
    <T> T read(String file, Reader<T> reader) {
        try (InputStream in = open(file)) {
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(folder + file + " cannot be read", e);
        }
    }

    List<String> index() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(open("index.txt"),
                StandardCharsets.UTF_8))) {
            return lines.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(folder + "index.txt cannot be read", e);
        }
    }

    InputStream open(String file) throws IOException {
        InputStream in = BundledFolder.class.getResourceAsStream(folder + file);
        if (in == null) {
            throw new IOException("missing " + folder + file);
        }
        return in;
    }
}
