package org.leiojournal.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.TestClocks;
import org.leiojournal.sample.SampleCopies;
import org.leiojournal.storage.ImportMode;
import org.leiojournal.storage.JournalStore;

/**
 * The CSV export ends every record with CRLF, as RFC 4180 says, on every system (not the system's own line end),
 * so Excel on Windows and Numbers on a Mac read the same file; and an export whose line ends a Unix tool turned
 * into LF still goes back in unchanged.
 */
class CsvLineEndingsTest {

    @TempDir
    Path temp;

    @Test
    void everyRecordEndsInCrLfOnEverySystemAndLfOnlyFilesStillImport() throws Exception {
        Path sample = temp.resolve("sample");
        SampleCopies.copy(sample, JsonRoundTripTest.NOW, 1);
        Path folder = temp.resolve("export");
        String before;
        try (JournalStore store = JournalStore.open(sample, TestClocks.SUNDAY)) {
            JournalExport.toCsv(store, folder);
            before = json(store);
        }
        List<Path> files = csvFiles(folder);
        assertTrue(files.size() > 5, "one file per table: " + files);
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertTrue(text.endsWith("\r\n"), file.getFileName() + " ends its last record with CRLF");
            assertEquals(List.of(), bareLineFeedsOutsideQuotes(text), file.getFileName() + ": records end in CRLF");
        }

        for (Path file : files) { // what dos2unix, or a copy through a Unix tool, makes of it
            Files.writeString(file, Files.readString(file).replace("\r\n", "\n"));
        }
        try (JournalStore empty = JournalStore.open(temp.resolve("empty"), TestClocks.SUNDAY)) {
            JournalImport.from(empty, folder, ImportMode.REPLACE);
            assertEquals(before, json(empty), "LF-only files read back as the same journal");
        }
    }

    /** Offsets of LFs that end a record without a CR before them; LFs inside a quoted value are the value's own. */
    private static List<Integer> bareLineFeedsOutsideQuotes(String text) {
        List<Integer> bare = new java.util.ArrayList<>();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted; // an escaped "" flips twice
            } else if (c == '\n' && !quoted && (i == 0 || text.charAt(i - 1) != '\r')) {
                bare.add(i);
            }
        }
        return bare;
    }

    private static List<Path> csvFiles(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".csv")).sorted().toList();
        }
    }

    private String json(JournalStore journal) throws Exception {
        Path out = Files.createTempFile(temp, "export", ".json");
        JournalExport.toJson(journal, out);
        return Files.readString(out);
    }
}
