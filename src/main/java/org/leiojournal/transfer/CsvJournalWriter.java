package org.leiojournal.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVPrinter;
import org.leiojournal.platform.FilePermissions;
import org.leiojournal.storage.Column;
import org.leiojournal.storage.JournalRow;
import org.leiojournal.storage.JournalRows;
import org.leiojournal.storage.JournalTable;
import org.leiojournal.storage.JournalTables;

/** Writes a journal's rows as one CSV file per table, into a zip or into a folder. */
final class CsvJournalWriter {

    private CsvJournalWriter() {
    }

    /** Into a zip file, each table an entry. */
    static void toZip(JournalRows rows, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        Writer text = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry(CsvFormat.FORMAT_FILE));
        writeFormat(text);
        for (JournalTable table : JournalTables.all()) {
            zip.putNextEntry(new ZipEntry(table.name() + CsvFormat.EXTENSION));
            writeTable(rows, table, text);
        }
        zip.finish();
    }

    /**
     * Into {@code folder}, which must not exist yet; files are written in a temporary folder, then moved. Health
     * data: the folder is its owner's only (0700, as a temporary folder is made) and so is each file (0600).
     */
    static void toFolder(JournalRows rows, Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath();
        Path temp = Files.createTempDirectory(absolute.getParent(), "." + absolute.getFileName());
        try {
            FilePermissions.createPrivateFile(temp.resolve(CsvFormat.FORMAT_FILE));
            try (Writer text = Files.newBufferedWriter(temp.resolve(CsvFormat.FORMAT_FILE), StandardCharsets.UTF_8)) {
                writeFormat(text);
            }
            for (JournalTable table : JournalTables.all()) {
                Path file = temp.resolve(table.name() + CsvFormat.EXTENSION);
                FilePermissions.createPrivateFile(file);
                try (Writer text = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                    writeTable(rows, table, text);
                }
            }
            Files.move(temp, absolute);
        } finally {
            if (Files.exists(temp)) {
                try (var files = Files.list(temp)) {
                    for (Path file : files.toList()) {
                        Files.delete(file);
                    }
                }
                Files.delete(temp);
            }
        }
    }

    private static void writeFormat(Writer text) throws IOException {
        CSVPrinter csv = new CSVPrinter(text, CsvFormat.format());
        csv.printRecord(JsonFormat.FORMAT, JsonFormat.FORMAT_VERSION);
        csv.printRecord(JsonFormat.NAME, String.valueOf(JsonFormat.VERSION));
        csv.flush();
    }

    private static void writeTable(JournalRows rows, JournalTable table, Writer text) throws IOException {
        CSVPrinter csv = new CSVPrinter(text, CsvFormat.format());
        List<Column> columns = table.columns();
        csv.printRecord(columns.stream().map(Column::name).toList());
        Object[] cells = new Object[columns.size()];
        for (JournalRow row : rows.of(table)) {
            for (int i = 0; i < cells.length; i++) {
                Object value = row.get(i);
                cells[i] = value instanceof String s ? CsvFormat.neutralise(columns.get(i), s) : value;
            }
            csv.printRecord(cells);
        }
        csv.flush();
    }
}
