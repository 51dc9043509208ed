package org.leiojournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.leiojournal.domain.treatment.HeartScan;
import org.leiojournal.domain.treatment.HeartScanKind;
import org.leiojournal.domain.treatment.Radiotherapy;
import org.leiojournal.domain.treatment.Surgery;

/** Operations, radiotherapy courses and heart scans: saved, changed, deleted, and kept across reopening. */
class ProcedureRepositoryTest extends OpenJournalTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);


    @Test
    void surgeriesAreSavedEditedAndDeletedLatestFirst() throws Exception {
        ProcedureRepository procedures = store.procedures();
        Surgery first = procedures.save(new Surgery(0, DAY, "Hysterectomy", "Uterus", "open"));
        Surgery planned = procedures.save(new Surgery(0, DAY.plusYears(1), "Lung metastasectomy", "", ""));
        Surgery edited = procedures.save(new Surgery(first.id(), DAY, "Total hysterectomy", "Uterus", "open"));
        assertEquals(first.id(), edited.id());
        reopen();
        assertEquals(List.of(planned, edited), store.procedures().surgeries());
        store.procedures().deleteSurgery(planned.id());
        assertEquals(List.of(edited), store.procedures().surgeries());
        assertThrows(StorageException.class, () -> store.procedures().save(planned), "an update of a deleted row");
    }

    @Test
    void radiotherapyKeepsUnknownFractionsAndTheChestFlag() throws Exception {
        ProcedureRepository procedures = store.procedures();
        Radiotherapy pelvis = procedures.save(new Radiotherapy(0, DAY, DAY.plusDays(35), Optional.of(25), "Pelvis",
                "IMRT", false, ""));
        Radiotherapy chest = procedures.save(new Radiotherapy(0, DAY.plusMonths(6), DAY.plusMonths(6).plusDays(10),
                Optional.empty(), "Mediastinum", "SABR", true, "planned"));
        reopen();
        assertEquals(List.of(chest, pelvis), store.procedures().radiotherapyCourses());
        Radiotherapy edited = store.procedures().save(new Radiotherapy(pelvis.id(), DAY, DAY.plusDays(36),
                Optional.of(26), "Pelvis", "IMRT", false, "one more"));
        store.procedures().deleteRadiotherapy(chest.id());
        assertEquals(List.of(edited), store.procedures().radiotherapyCourses());
    }

    @Test
    void heartScansKeepTheirDecimalAndSortLatestFirst() throws Exception {
        HeartScanRepository scans = store.heartScans();
        HeartScan echo = scans.save(new HeartScan(0, DAY, HeartScanKind.ECHO, new BigDecimal("58.5"), ""));
        HeartScan muga = scans.save(new HeartScan(0, DAY.plusMonths(3), HeartScanKind.MUGA, new BigDecimal("52"),
                "after cycle 4"));
        reopen();
        assertEquals(List.of(muga, echo), store.heartScans().all());
        assertEquals("58.5", store.heartScans().all().get(1).lvefPercent().toPlainString());
        store.heartScans().delete(muga.id());
        assertEquals(List.of(echo), store.heartScans().all());
    }
}
