package org.leiojournal.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.TestClocks;
import org.leiojournal.domain.lab.BloodTest;
import org.leiojournal.domain.lab.LabResult;
import org.leiojournal.storage.JournalStore;

/** The sheet reads the journal's latest counts and prints their units as people read them, not as UCUM codes. */
class EmergencySheetExportTest {

    @TempDir
    Path folder;

    @Test
    void theLatestCountsComeFromTheJournalInReadableUnits() throws Exception {
        try (JournalStore store = JournalStore.open(folder, TestClocks.SUNDAY)) {
            store.bloodTests().save(new BloodTest(0, LocalDateTime.of(2026, 11, 21, 8, 15), "Day unit", List.of(
                    new LabResult("neutrophils", "0.9", "10*9/L", Optional.empty(), Optional.empty()),
                    new LabResult("haemoglobin", "10.4", "g/dL", Optional.empty(), Optional.empty()))));
            var counts = EmergencySheetExport.read(store, ZonedDateTime.now(TestClocks.SUNDAY)).bloodCounts();
            assertEquals(List.of("Neutrophils 0.9 ×10⁹/L", "Haemoglobin 10.4 g/dL"), counts.lines());
        }
    }
}
