package org.leiojournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.leiojournal.catalog.AlertRuleCatalog;
import org.leiojournal.domain.alert.AlertCheck;
import org.leiojournal.domain.alert.AlertEvaluator;
import org.leiojournal.domain.profile.CareContact;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.ItemKind;
import org.leiojournal.domain.symptom.Recorder;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.domain.treatment.Medicine;
import org.leiojournal.domain.treatment.MedicineSchedule;
import org.leiojournal.domain.treatment.Surgery;

/** Version 5 gives every row a stable id that survives edits: what exports and merges tell rows apart by. */
class StableIdsTest extends OpenJournalTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:30:00Z"), ZoneOffset.UTC);
    private static final List<String> TABLES = List.of("care_contact", "symptom_item", "course", "medicine",
            "medicine_taken", "surgery", "radiotherapy", "heart_scan", "appointment", "alert");

    private static List<List<String>> query(Path folder, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:"
                + folder.resolve(JournalStore.FILE_NAME).toAbsolutePath());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<List<String>> rows = new ArrayList<>();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.add(rs.getString(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    @Test
    void aVersion4JournalIsCopiedThenEveryRowGetsAUidAndBuiltInItemsTheirCode() throws Exception {
        Path old = temp.resolve("old");
        try (JournalStore v4 = JournalStore.open(old, Migration.bundled().subList(0, 4), CLOCK)) {
            assertEquals(12, v4.items().all().size());
        }
        // One row in each table that gains a uid, as the version 4 app wrote them.
        OldJournal.execute(old,
                "INSERT INTO care_contact (id, name, phone, sort_order) VALUES (1, 'Chemo line', '0100', 1)",
                "INSERT INTO symptom_item (id, name, kind, sort_order) VALUES (20, 'Swollen ankles', 'COUNT', 110)",
                "INSERT INTO course (id, plan_json, start_date, planned_cycles, bsa_m2) "
                        + "VALUES (1, '{}', '2026-01-05', '6', '1.8')",
                "INSERT INTO medicine (id, name, schedule_kind, start_date) VALUES (1, 'Ondansetron', 'AS_NEEDED', "
                        + "'2026-01-05')",
                "INSERT INTO medicine_taken (id, medicine_id, day, taken_at, zone) VALUES (1, 1, '2026-01-06', "
                        + "'2026-01-06T08:00:00Z', 'Europe/London')",
                "INSERT INTO surgery (id, day, procedure) VALUES (1, '2025-10-01', 'Hysterectomy')",
                "INSERT INTO radiotherapy (id, start_date, end_date) VALUES (1, '2025-11-01', '2025-12-01')",
                "INSERT INTO heart_scan (id, day, kind, lvef) VALUES (1, '2026-01-02', 'ECHO', '60')",
                "INSERT INTO appointment (id, kind, start_local, zone, start_utc, status) VALUES (1, 'CT', "
                        + "'2026-02-01T09:00', 'Europe/London', '2026-02-01T09:00:00Z', 'BOOKED')",
                "INSERT INTO check_in (id, uid, day, recorded_at, zone, recorder_role) VALUES (1, 'entry-1', "
                        + "'2026-01-06', '2026-01-06T09:00:00Z', 'Europe/London', 'PATIENT')",
                "INSERT INTO alert (id, check_in_id, rule_id, subject_type, subject_code, day, seen_at, zone) "
                        + "VALUES (1, 1, 'pain-high', 'ITEM', 'esas.pain', '2026-01-06', '2026-01-06T09:00:00Z', "
                        + "'Europe/London')");

        try (JournalStore v5 = JournalStore.open(old, Migration.bundled(), CLOCK)) {
            assertEquals(13, v5.items().all().size(), "the old rows are all still there");
        }

        List<String> uids = new ArrayList<>();
        for (String table : TABLES) {
            List<List<String>> rows = query(old, "SELECT uid FROM " + table);
            assertTrue(rows.stream().allMatch(r -> r.get(0) != null), table + " rows all have a uid");
            rows.forEach(r -> uids.add(r.get(0)));
        }
        assertEquals(uids.size(), uids.stream().distinct().count(), "no two rows share a uid");
        Map<String, String> items = query(old, "SELECT coalesce(code, name), uid FROM symptom_item").stream()
                .collect(Collectors.toMap(r -> r.get(0), r -> r.get(1)));
        assertEquals("esas.pain", items.get("esas.pain"), "a built-in item's uid is its code, the same everywhere");
        assertEquals("count.stools", items.get("count.stools"));
        assertTrue(items.get("Swollen ankles").matches("[0-9a-f]{32}"), items.get("Swollen ankles"));
        assertTrue(query(old, "SELECT uid FROM care_contact").get(0).get(0).matches("[0-9a-f]{32}"));
        assertTrue(Files.isRegularFile(old.resolve(JournalStore.BACKUP_FOLDER)
                .resolve("journal-before-v5-20261122-093000.sqlite")), "the journal was copied before the upgrade");
    }

    @Test
    void rowsTheAppAddsGetAUidThatEditsKeep() throws Exception {
        CareContact contact = store.contacts().add(new CareContact(0, "Ward", "0200", ""));
        SymptomItem item = store.items().add("Hiccups", ItemKind.COUNT);
        Medicine medicine = store.medicines().add(new Medicine(0, "Dexamethasone", "4 mg", MedicineSchedule.FIXED_TIMES,
                List.of(LocalTime.of(8, 0)), LocalDate.of(2026, 3, 1), Optional.empty(), ""));
        Surgery surgery = store.procedures().save(new Surgery(0, LocalDate.of(2025, 10, 1), "Myomectomy", "", ""));
        Map<String, String> before = uids();

        store.items().update(new SymptomItem(item.id(), null, "Hiccup bouts", ItemKind.COUNT, true, item.sortOrder()));
        store.medicines().update(new Medicine(medicine.id(), "Dexamethasone", "2 mg", MedicineSchedule.FIXED_TIMES,
                List.of(LocalTime.of(9, 0)), LocalDate.of(2026, 3, 1), Optional.empty(), "halved"));
        store.medicines().end(medicine.id(), LocalDate.of(2026, 3, 5));
        store.procedures().save(new Surgery(surgery.id(), LocalDate.of(2025, 10, 2), "Myomectomy", "uterus", ""));

        assertEquals(before, uids(), "edits keep every uid");
        assertTrue(before.values().stream().allMatch(uid -> uid.matches("[0-9a-f]{32}")), before.toString());
        assertEquals(4, before.size());
        assertNotEquals(contact.id(), 0);
    }

    private Map<String, String> uids() throws SQLException {
        Map<String, String> uids = new java.util.TreeMap<>();
        for (String table : List.of("care_contact", "medicine", "surgery")) {
            uids.put(table, query(folder(), "SELECT uid FROM " + table).get(0).get(0));
        }
        uids.put("symptom_item", query(folder(), "SELECT uid FROM symptom_item WHERE code IS NULL").get(0).get(0));
        return uids;
    }

    @Test
    void aUidIsNeverGivenTwice() {
        store.contacts().add(new CareContact(0, "Ward", "0200", ""));
        assertThrows(SQLException.class, () -> OldJournal.execute(folder(),
                "INSERT INTO care_contact (name, phone, sort_order, uid) SELECT 'Copy', '0', 9, uid FROM care_contact"));
    }

    @Test
    void anOpenAlertRaisedAgainByAnEditKeepsItsUid() throws Exception {
        Map<String, Long> ids = store.items().all().stream().collect(Collectors.toMap(SymptomItem::code,
                SymptomItem::id));
        AlertCheck check = new AlertEvaluator(AlertRuleCatalog.bundled()).checkWith(store.items().all(),
                new BigDecimal("37.5"), 0, List.of());
        ZonedDateTime at = ZonedDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneId.of("Europe/London"));
        CheckIn saved = store.checkIns().save(new CheckIn(0, "e1", at, Recorder.PATIENT, Map.of(ids.get("esas.pain"), 9),
                "", null, null, ""), check).entry();
        String uid = query(folder(), "SELECT uid FROM alert").get(0).get(0);

        store.checkIns().save(new CheckIn(saved.id(), "e1", at, Recorder.PATIENT, Map.of(ids.get("esas.pain"), 9),
                "", null, null, "a note added later"), check);

        assertEquals(List.of(List.of(uid)), query(folder(), "SELECT uid FROM alert"));
    }
}
