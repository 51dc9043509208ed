package org.leiojournal.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.leiojournal.storage.Column;
import org.leiojournal.storage.JournalRow;
import org.leiojournal.storage.JournalRows;
import org.leiojournal.storage.JournalTable;
import org.leiojournal.storage.JournalTables;
import org.leiojournal.storage.RowProblem;

/**
 * Reads a CSV export (a folder or a zip of one file per table) back into rows. Every file must be there with
 * exactly the columns of its table; the first problem stops the reading and names the file and line.
 */
final class CsvJournalReader {

    /**
     * The most read into memory from a zip, per file and in all: far above a twenty-year journal's tables (its
     * largest is a few MB), far below what a zip bomb would inflate to.
     */
    private static final long MAX_ENTRY = 64L * 1024 * 1024;
    private static final long MAX_TOTAL = 256L * 1024 * 1024;

    private final JournalRows rows = new JournalRows();
    /** Per table, the line each row began on, so a later problem (a duplicate id) can name it. */
    private final Map<String, List<Long>> lines = new HashMap<>();

    /** Reads a folder or a .zip holding a CSV export. */
    static CsvJournalReader read(Path source) throws IOException {
        Map<String, byte[]> files = Files.isDirectory(source) ? folder(source) : zip(source);
        CsvJournalReader reader = new CsvJournalReader();
        reader.format(files);
        for (JournalTable table : JournalTables.all()) {
            reader.table(table, files);
        }
        return reader;
    }

    JournalRows rows() {
        return rows;
    }

    /** "accounts.csv, line 12", or null when the row is unknown. */
    String placeOf(RowProblem problem) {
        List<Long> table = lines.get(problem.table());
        if (table == null || problem.row() < 1 || problem.row() > table.size()) {
            return null;
        }
        return problem.table() + CsvFormat.EXTENSION + ", line " + table.get(problem.row() - 1);
    }

    private void format(Map<String, byte[]> files) throws IOException {
        List<CSVRecord> records = records(CsvFormat.FORMAT_FILE, files);
        if (records.size() != 2 || records.get(0).size() != 2
                || !records.get(0).get(0).equals(JsonFormat.FORMAT)
                || !records.get(1).get(0).equals(JsonFormat.NAME)) {
            throw problem(CsvFormat.FORMAT_FILE, "it does not name the Leio Journal format, so this is not a "
                    + "Leio Journal CSV export");
        }
        String version = records.get(1).get(1);
        if (!version.equals(String.valueOf(JsonFormat.VERSION))) {
            throw problem(CsvFormat.FORMAT_FILE, "the export is format version " + version + "; this Leio Journal "
                    + "reads version " + JsonFormat.VERSION + " (update the app to read newer exports)");
        }
    }

    private void table(JournalTable table, Map<String, byte[]> files) throws IOException {
        String name = table.name() + CsvFormat.EXTENSION;
        List<Column> columns = table.columns();
        List<String> expected = columns.stream().map(Column::name).toList();
        try (CSVParser csv = parser(name, files)) {
            List<Long> starts = lines.computeIfAbsent(table.name(), k -> new ArrayList<>());
            boolean header = true;
            long line = 1;
            for (CSVRecord record : csv) {
                if (header) {
                    List<String> found = record.toList();
                    if (!found.equals(expected)) {
                        throw problem(name + ", line 1", "the columns should be " + String.join(", ", expected)
                                + " but are " + String.join(", ", found));
                    }
                    header = false;
                } else {
                    rows.add(table, row(table, record, name + ", line " + line));
                    starts.add(line);
                }
                line = csv.getCurrentLineNumber() + 1;
            }
            if (header) {
                throw problem(name, "the file is empty; it should start with the names of its columns");
            }
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw broken(name, e);
        }
    }

    private static ProblemInFile broken(String name, RuntimeException e) {
        if (e.getCause() instanceof java.nio.charset.CharacterCodingException) {
            return problem(name, "the file is not UTF-8 text");
        }
        return problem(name, "the CSV is broken (" + e.getMessage() + ")");
    }

    private static JournalRow row(JournalTable table, CSVRecord record, String place) throws ProblemInFile {
        List<Column> columns = table.columns();
        if (record.size() != columns.size()) {
            throw problem(place, "the row has " + record.size() + " cells where the table has " + columns.size()
                    + " columns");
        }
        List<Object> values = new ArrayList<>(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            String cell = record.get(i);
            try {
                Object value = cell == null ? null
                        : cell.isEmpty() ? "" : column.fromText(CsvFormat.restore(column, cell));
                // A quoted empty cell is an empty text, never a missing value.
                values.add(value);
            } catch (IllegalArgumentException e) {
                throw problem(place + ", " + column.name(), e.getMessage());
            }
        }
        return new JournalRow(values);
    }

    private static List<CSVRecord> records(String name, Map<String, byte[]> files) throws IOException {
        try (CSVParser csv = parser(name, files)) {
            return csv.getRecords();
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            throw broken(name, e);
        }
    }

    private static CSVParser parser(String name, Map<String, byte[]> files) throws IOException {
        byte[] bytes = files.get(name);
        if (bytes == null) {
            throw problem(name, "the file is missing (every table of the journal has its own file)");
        }
        Reader in = new InputStreamReader(new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8
                .newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
        return CSVParser.parse(in, CsvFormat.format());
    }

    private static Map<String, byte[]> folder(Path source) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (var list = Files.list(source)) {
            for (Path file : list.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(CsvFormat.EXTENSION)) {
                    files.put(name, Files.readAllBytes(file));
                }
            }
        }
        return files;
    }

    private static Map<String, byte[]> zip(Path source) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(source), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.isDirectory() && entry.getName().endsWith(CsvFormat.EXTENSION)) {
                    String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                    byte[] bytes = limited(zip);
                    total += bytes.length;
                    if (total > MAX_TOTAL) {
                        throw problem(source.getFileName().toString(), "its files hold more than any journal does");
                    }
                    if (files.put(name, bytes) != null) {
                        throw problem(source.getFileName().toString(), "it holds " + name + " twice, so which one "
                                + "to read is not clear");
                    }
                }
            }
        } catch (java.util.zip.ZipException | IllegalArgumentException e) {
            // IllegalArgumentException: a file name in the zip that is not UTF-8
            throw problem(source.getFileName().toString(), "the zip file is damaged (" + e.getMessage() + ")");
        }
        if (files.isEmpty()) {
            throw problem(source.getFileName().toString(), "it holds no CSV files, so it is not a Leio Journal "
                    + "CSV export");
        }
        return files;
    }

    private static byte[] limited(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_ENTRY + 1));
        if (bytes.length > MAX_ENTRY) {
            throw problem("zip", "a file in it is larger than any journal holds");
        }
        return bytes;
    }

    private static ProblemInFile problem(String place, String why) {
        return new ProblemInFile(ImportProblem.at(place, why));
    }
}
