package org.leiojournal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leiojournal.catalog.AlertRuleCatalog;
import org.leiojournal.domain.alert.Acknowledgement;
import org.leiojournal.domain.alert.Alert;
import org.leiojournal.domain.alert.AlertCheck;
import org.leiojournal.domain.alert.AlertEvaluator;
import org.leiojournal.domain.alert.AlertSubject;
import org.leiojournal.domain.measure.Temperature;
import org.leiojournal.domain.profile.Profile;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.Recorder;
import org.leiojournal.domain.symptom.SymptomItem;

/** Alerts are written with their check-in, survive reopening, and an edit keeps what the user has already read. */
class AlertRepositoryTest extends OpenJournalTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final AlertEvaluator EVALUATOR = new AlertEvaluator(AlertRuleCatalog.bundled());

    private long pain;
    private long nausea;

    @BeforeEach
    void items() {
        Map<String, Long> ids = store.items().all().stream().collect(Collectors.toMap(SymptomItem::code,
                SymptomItem::id));
        pain = ids.get("esas.pain");
        nausea = ids.get("esas.nausea");
    }

    private AlertCheck check() {
        return EVALUATOR.checkWith(store.items().all(), new BigDecimal("37.5"), 0, List.of());
    }

    private static CheckIn entry(long id, String uid, ZonedDateTime at, Map<Long, Integer> answers, String celsius) {
        return new CheckIn(id, uid, at, Recorder.PATIENT, answers, "", celsius == null ? null
                : Temperature.celsius(celsius), null, "", Set.of());
    }

    private static ZonedDateTime march(int day, int hour) {
        return ZonedDateTime.of(2026, 3, day, hour, 0, 0, 0, LONDON);
    }

    private static List<String> rules(List<Alert> alerts) {
        return alerts.stream().map(Alert::ruleId).toList();
    }

    @Test
    void alertsAreSavedWithTheEntryAndListedAsOpen() {
        SavedCheckIn saved = store.checkIns().save(entry(0, "a", march(1, 9), Map.of(pain, 7), "38.1"), check());

        assertTrue(saved.entry().id() > 0);
        assertEquals(List.of("temperature", "esas-severe"), rules(saved.alerts()));
        assertTrue(saved.alerts().stream().allMatch(a -> a.id() > 0 && a.checkInId() == saved.entry().id()));
        assertEquals(saved.alerts(), store.alerts().open());
        assertEquals(saved.alerts(), store.alerts().forCheckIn(saved.entry().id()));
        Alert fever = store.alerts().open().get(0);
        assertEquals(AlertSubject.TEMPERATURE_HIGH, fever.subject());
        assertEquals("38.1 °C", fever.observed());
        assertEquals(0, new BigDecimal("37.5").compareTo(fever.threshold()));
        assertEquals(march(1, 9), fever.seenAt());
    }

    @Test
    void aRiseIsJudgedAgainstThePreviousAnswerInTheStore() {
        store.checkIns().save(entry(0, "a", march(1, 9), Map.of(pain, 1), null), check());
        store.checkIns().save(entry(0, "b", march(2, 9), Map.of(nausea, 2), null), check());
        SavedCheckIn third = store.checkIns().save(entry(0, "c", march(3, 9), Map.of(pain, 4, nausea, 4), null),
                check());
        assertEquals(List.of("esas-rise"), rules(third.alerts()), "pain rose from 1 to 4; nausea only by 2");
        assertEquals(0, BigDecimal.ONE.compareTo(third.alerts().get(0).reference()));
    }

    @Test
    void anAcknowledgementSurvivesReopeningAndTheAlertLeavesTheOpenList() throws Exception {
        Alert alert = store.checkIns().save(entry(0, "a", march(1, 9), Map.of(pain, 8), null), check())
                .alerts().get(0);
        Instant at = Instant.parse("2026-03-01T09:05:00Z");

        assertTrue(store.alerts().acknowledge(alert.id(), at, "  Rang the hotline, going in.  "));
        assertFalse(store.alerts().acknowledge(alert.id(), at.plusSeconds(60), "again"), "read once");
        reopen();

        assertEquals(List.of(), store.alerts().open());
        Alert read = store.alerts().forCheckIn(alert.checkInId()).get(0);
        assertEquals(alert.acknowledge(new Acknowledgement(at, "Rang the hotline, going in.")), read);
    }

    @Test
    void anEditKeepsAcknowledgedAlertsAndReplacesOpenOnes() {
        SavedCheckIn first = store.checkIns().save(entry(0, "a", march(1, 9), Map.of(pain, 7), "38.0"), check());
        Alert painAlert = first.alerts().stream().filter(a -> a.ruleId().equals("esas-severe")).findFirst()
                .orElseThrow();
        store.alerts().acknowledge(painAlert.id(), Instant.parse("2026-03-01T09:10:00Z"), "");
        CheckIn saved = first.entry();

        // Same pain, the fever corrected away, nausea added: the read pain alert is kept and not raised again.
        SavedCheckIn edited = store.checkIns().save(entry(saved.id(), saved.uid(), march(1, 10),
                Map.of(pain, 7, nausea, 8), "36.8"), check());
        assertEquals(List.of(AlertSubject.item("esas.pain"), AlertSubject.item("esas.nausea")),
                edited.alerts().stream().map(Alert::subject).toList());
        assertFalse(edited.alerts().get(0).isOpen());
        assertEquals(painAlert.id(), edited.alerts().get(0).id());
        assertEquals(march(1, 10), edited.alerts().get(0).seenAt(), "moved with the entry's corrected time");
        assertEquals(List.of(AlertSubject.item("esas.nausea")),
                store.alerts().open().stream().map(Alert::subject).toList(), "the fever alert went with the fever");

        // Pain now worse than what was read: that is new, so it is raised again.
        SavedCheckIn worse = store.checkIns().save(entry(saved.id(), saved.uid(), march(1, 10),
                Map.of(pain, 9, nausea, 8), null), check());
        assertEquals(3, worse.alerts().size(), "the pain alert already read, the worse pain, the nausea");
        assertEquals(List.of("7", "9"), store.alerts().forCheckIn(saved.id()).stream()
                .filter(a -> a.subject().code().equals("esas.pain")).map(Alert::observed).toList());
        assertEquals(2, store.alerts().open().size());
    }

    @Test
    void aFailingCheckSavesNeitherTheEntryNorAnyAlert() {
        AlertCheck broken = (saved, previous) -> {
            throw new IllegalStateException("rules could not be applied");
        };
        assertThrows(IllegalStateException.class,
                () -> store.checkIns().save(entry(0, "a", march(1, 9), Map.of(pain, 9), null), broken));
        assertEquals(0, store.checkIns().count(), "one transaction: all or nothing");
        assertEquals(List.of(), store.alerts().open());
    }

    @Test
    void betweenFindsTheAlertsOfTheDaysInTheRange() {
        store.checkIns().save(entry(0, "a", march(1, 9), Map.of(pain, 7), null), check());
        store.checkIns().save(entry(0, "b", march(5, 9), Map.of(pain, 8), null), check());
        store.checkIns().save(entry(0, "c", march(9, 23), Map.of(pain, 9), null), check());

        assertEquals(List.of("8", "9"), store.alerts().between(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 9))
                .stream().map(Alert::observed).toList());
    }

    @Test
    void deletingAnEntryDeletesItsAlertsAndTheirIdsAreNeverGivenAgain() {
        SavedCheckIn saved = store.checkIns().save(entry(0, "a", march(1, 9), Map.of(pain, 7), null), check());
        long oldId = saved.alerts().get(0).id();
        store.checkIns().delete(saved.entry().id());
        assertEquals(List.of(), store.alerts().open());

        Alert next = store.checkIns().save(entry(0, "b", march(2, 9), Map.of(pain, 7), null), check()).alerts().get(0);
        assertTrue(next.id() > oldId, "a screen still showing the old alert can never acknowledge the new one");
        assertFalse(store.alerts().acknowledge(oldId, Instant.parse("2026-03-02T10:00:00Z"), ""));
        assertEquals(List.of(next), store.alerts().open());
    }

    @Test
    void aJournalAtVersion3IsCopiedThenGainsAlertsSignsCountsAndUsualStools() throws Exception {
        Path old = temp.resolve("old");
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T09:30:00Z"), ZoneOffset.UTC);
        Profile profile = new Profile("Ana", Recorder.PATIENT, org.leiojournal.domain.measure.TemperatureUnit.CELSIUS,
                org.leiojournal.domain.measure.WeightUnit.KILOGRAM, new BigDecimal("38.0"), true);
        try (JournalStore v3 = JournalStore.open(old, Migration.bundled().subList(0, 3), clock)) {
            assertEquals(10, v3.items().all().size());
        }
        // What the version 3 app wrote: a profile, one item of the user's own, and an entry with a fever.
        OldJournal.execute(old, "UPDATE profile SET patient_name = 'Ana', fever_threshold_c = '38.0', "
                + "welcome_completed = 1",
                "INSERT INTO symptom_item (id, name, kind, sort_order) VALUES (11, 'Swollen ankles', 'COUNT', 110)",
                "INSERT INTO check_in (id, uid, day, recorded_at, zone, recorder_role, temperature_value, "
                        + "temperature_unit) VALUES (1, 'kept', '2026-03-01', '2026-03-01T09:00:00Z', 'Europe/London', "
                        + "'PATIENT', '38.4', 'CELSIUS')",
                "INSERT INTO check_in_answer (check_in_id, item_id, value) VALUES (1, 1, 9), (1, 11, 2)");
        CheckIn before = entry(1, "kept", march(1, 9), Map.of(1L, 9, 11L, 2), "38.4");

        try (JournalStore v4 = JournalStore.open(old, Migration.bundled(), clock)) {
            assertEquals(List.of(before), v4.checkIns().all(), "the entry survives, with no signs");
            assertEquals(profile, v4.profile().load());
            assertEquals(0, v4.profile().load().usualStoolsPerDay());
            assertEquals(List.of(), v4.alerts().open(), "old entries raise nothing by themselves");
            List<String> order = v4.items().all().stream().map(SymptomItem::displayName).toList();
            assertEquals(List.of("Other Problem", "Loose stools (times in 24 hours)", "Vomiting (times in 24 hours)",
                    "Swollen ankles"), order.subList(9, 13), "the counts come after the ESAS-r and before your own");
            v4.profile().save(new Profile("Ana", Recorder.PATIENT, profile.temperatureUnit(), profile.weightUnit(),
                    profile.feverThresholdCelsius(), true, 2));
            assertEquals(2, v4.profile().load().usualStoolsPerDay());
        }

        List<Path> copies;
        try (Stream<Path> files = Files.list(old.resolve(JournalStore.BACKUP_FOLDER))) {
            copies = files.toList();
        }
        assertEquals(List.of(old.resolve(JournalStore.BACKUP_FOLDER).resolve("journal-before-v4-20261122-093000.sqlite")),
                copies);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + copies.get(0).toAbsolutePath());
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                assertEquals(3, rs.getInt(1));
            }
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'alert'")) {
                assertEquals(0, rs.getInt(1), "the copy is the journal as it was");
            }
        }
    }
}
