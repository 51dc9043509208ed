package org.leiojournal.transfer;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.logging.Logger;
import org.leiojournal.storage.Column;
import org.leiojournal.storage.ImportMode;
import org.leiojournal.storage.ImportResult;
import org.leiojournal.storage.JournalRows;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.storage.JournalTables;
import org.leiojournal.storage.RowProblem;
import org.leiojournal.storage.RowsRejectedException;

/**
 * Imports a JSON export into an open journal: the whole file is read and checked first, then written in one
 * transaction as a merge or a replace. Whatever the problem, the journal is left as it was and the first problem
 * is named with its place in the file.
 */
public final class JournalImport {

    private static final Logger LOG = Logger.getLogger(JournalImport.class.getName());

    private JournalImport() {
    }

    public static ImportResult fromJson(JournalStore store, Path file, ImportMode mode) throws JournalImportException {
        JsonJournalReader.Read read = read(file);
        return write(store, read.rows(), mode, "JSON",
                p -> read.locations().placeOf(p, JournalTables.named(p.table()).orElseThrow()));
    }

    /** Writes the rows, or names the first one the journal refuses at its place in the file the rows came from. */
    private static ImportResult write(JournalStore store, JournalRows rows, ImportMode mode, String format,
                                      Function<RowProblem, String> placeOf) throws JournalImportException {
        try {
            return store.importRows(rows, mode);
        } catch (RowsRejectedException e) {
            RowProblem p = e.problem();
            LOG.info(() -> format + " import refused: " + p.table() + " row " + p.row());
            throw new JournalImportException(new ImportProblem(placeOf.apply(p), p.table(), p.row(), p.column(),
                    p.reason()));
        }
    }

    /**
     * Imports a JSON export, or a CSV export when {@code source} is a folder or a {@code .zip}: the two hold the
     * same rows, so both are checked and applied the same way.
     */
    public static ImportResult from(JournalStore store, Path source, ImportMode mode) throws JournalImportException {
        return isCsv(source) ? fromCsv(store, source, mode) : fromJson(store, source, mode);
    }

    static boolean isCsv(Path source) {
        return Files.isDirectory(source) || source.getFileName() != null
                && source.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip");
    }

    public static ImportResult fromCsv(JournalStore store, Path source, ImportMode mode)
            throws JournalImportException {
        if (!Files.exists(source)) {
            throw refused("there is no such file or folder");
        }
        CsvJournalReader read;
        try {
            read = CsvJournalReader.read(source);
        } catch (ProblemInFile e) {
            throw new JournalImportException(e.problem());
        } catch (IOException e) {
            throw refused("the export could not be read (" + reason(e) + ")");
        }
        return write(store, read.rows(), mode, "CSV", read::placeOf);
    }

    static JsonJournalReader.Read read(Path file) throws JournalImportException {
        if (!Files.isRegularFile(file)) {
            throw refused(Files.exists(file) ? "it is not a file" : "there is no such file");
        }
        try (Reader in = utf8(file)) {
            return JsonJournalReader.read(in);
        } catch (ProblemInFile e) {
            throw new JournalImportException(e.problem());
        } catch (JsonEOFException e) {
            throw endsTooEarly(e);
        } catch (StreamConstraintsException e) {
            throw refused(beyondLimits(e));
        } catch (JsonParseException e) {
            // Jackson reports some cuts (between an object's entries) as a plain parse error
            if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Unexpected end-of-input")) {
                throw endsTooEarly(e);
            }
            throw new JournalImportException(ImportProblem.at(JsonFormat.where(e.getLocation()), notJson(e)));
        } catch (CharacterCodingException e) {
            throw refused("the file is not UTF-8 text, so it is not a Leio Journal export");
        } catch (NoSuchFileException e) {
            throw refused("there is no such file");
        } catch (IOException e) {
            throw refused("the file could not be read (" + reason(e) + ")");
        }
    }

    /**
     * Jackson's stream limits guard a text's length and a number's digits (nesting never gets deep: the reader
     * refuses a list or object where a value belongs before reading into it); say which one this was.
     */
    private static String beyondLimits(StreamConstraintsException e) {
        String detail = String.valueOf(e.getOriginalMessage());
        if (detail.contains("Number value length")) {
            return "a number in the file has more digits than any journal value";
        }
        return "a text in the file is longer than " + Column.MAX_TEXT + " characters, more than any journal holds";
    }

    private static JournalImportException endsTooEarly(JsonParseException e) {
        return new JournalImportException(ImportProblem.at(JsonFormat.where(e.getLocation()),
                "the file ends too early: it may have been cut short while it was copied or saved"));
    }

    /** Strict UTF-8: bytes that are not UTF-8 are an error rather than replaced by "?". */
    private static Reader utf8(Path file) throws IOException {
        return new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    private static String notJson(JsonParseException e) {
        String detail = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
        if (detail.startsWith("Duplicate field ")) {
            return "the key " + detail.substring("Duplicate field ".length()) + " appears twice in one object";
        }
        return "the JSON is broken here (" + detail + ")";
    }

    /** The system's words for a failed read, or the kind of failure where it gave none. */
    private static String reason(IOException e) {
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static JournalImportException refused(String why) {
        return new JournalImportException(ImportProblem.at(null, why));
    }
}
