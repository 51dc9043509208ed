package org.leiojournal.storage;

import org.leiojournal.TestClocks;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.domain.measure.TemperatureUnit;
import org.leiojournal.domain.measure.WeightUnit;
import org.leiojournal.domain.profile.CareContact;
import org.leiojournal.domain.profile.EmergencyDetails;
import org.leiojournal.domain.profile.LineKind;
import org.leiojournal.domain.profile.Profile;
import org.leiojournal.domain.symptom.Recorder;
import org.leiojournal.domain.symptom.RecorderRole;

class ProfileRepositoryTest {

    @TempDir
    Path folder;

    @Test
    void newJournalHasTheNewProfile() throws Exception {
        try (JournalStore store = JournalStore.open(folder, TestClocks.SUNDAY)) {
            Profile loaded = store.profile().load();
            assertEquals(Profile.NEW.patientName(), loaded.patientName());
            assertEquals(Profile.NEW.usualRecorder(), loaded.usualRecorder());
            assertEquals(0, Profile.NEW.feverThresholdCelsius().compareTo(loaded.feverThresholdCelsius()));
            assertEquals(Profile.NEW.welcomeCompleted(), loaded.welcomeCompleted());
            assertEquals(0, loaded.usualStoolsPerDay());
        }
    }

    @Test
    void profileSurvivesReopening() throws Exception {
        Profile profile = new Profile("Alex Morgan", new Recorder(RecorderRole.FAMILY_CAREGIVER, "Sam"),
                TemperatureUnit.FAHRENHEIT, WeightUnit.POUND, new BigDecimal("38.0"), true, 3);
        try (JournalStore store = JournalStore.open(folder, TestClocks.SUNDAY)) {
            store.profile().save(profile);
        }
        try (JournalStore store = JournalStore.open(folder, TestClocks.SUNDAY)) {
            assertEquals(profile, store.profile().load());
        }
    }

    @Test
    void theDateOfBirthIsKeptAndCanBeTakenAway() throws Exception {
        Profile born = new Profile("Alex Morgan", Recorder.PATIENT, TemperatureUnit.CELSIUS, WeightUnit.KILOGRAM,
                new BigDecimal("37.5"), true, 0, java.util.Optional.of(java.time.LocalDate.of(1968, 3, 3)));
        try (JournalStore store = JournalStore.open(folder, TestClocks.SUNDAY)) {
            assertEquals(java.util.Optional.empty(), store.profile().load().dateOfBirth(), "none until given");
            store.profile().save(born);
        }
        try (JournalStore store = JournalStore.open(folder, TestClocks.SUNDAY)) {
            assertEquals(born, store.profile().load());
            store.profile().save(new Profile("Alex Morgan", Recorder.PATIENT, TemperatureUnit.CELSIUS,
                    WeightUnit.KILOGRAM, new BigDecimal("37.5"), true, 0));
            assertEquals(java.util.Optional.empty(), store.profile().load().dateOfBirth());
        }
    }

    @Test
    void theEmergencyDetailsAreKeptAsWrittenAndCanBeTakenAway() throws Exception {
        EmergencyDetails details = new EmergencyDetails(LineKind.PICC, "left arm, dressing changed 20 Nov",
                "Penicillin: rash; latex", "Warfarin 3 mg; omeprazole");
        Profile profile = new Profile("Alex Morgan", Recorder.PATIENT, TemperatureUnit.CELSIUS, WeightUnit.KILOGRAM,
                new BigDecimal("37.5"), true, 0).withEmergency(details);
        try (JournalStore store = JournalStore.open(folder, TestClocks.SUNDAY)) {
            assertEquals(EmergencyDetails.NOT_RECORDED, store.profile().load().emergency(), "none until written");
            store.profile().save(profile);
        }
        try (JournalStore store = JournalStore.open(folder, TestClocks.SUNDAY)) {
            assertEquals(profile, store.profile().load());
            store.profile().save(profile.withEmergency(EmergencyDetails.NOT_RECORDED));
            assertEquals(EmergencyDetails.NOT_RECORDED, store.profile().load().emergency());
        }
    }

    /** V008 adds the details to a journal of any earlier version, not recorded, and keeps the rest of its profile. */
    @ParameterizedTest(name = "from schema version {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7})
    void aJournalFromEveryEarlierVersionGainsEmptyEmergencyDetailsAndKeepsItsProfile(int version) throws Exception {
        Path old = folder.resolve("v" + version);
        JournalStore.open(old, Migration.bundled().subList(0, version), TestClocks.SUNDAY).close();
        OldJournal.execute(old, "UPDATE profile SET patient_name = 'Kept Name', fever_threshold_c = '38.0' "
                + "WHERE id = 1");
        try (JournalStore store = JournalStore.open(old, Migration.bundled(), TestClocks.SUNDAY)) {
            Profile loaded = store.profile().load();
            assertEquals("Kept Name", loaded.patientName());
            assertEquals(0, new BigDecimal("38.0").compareTo(loaded.feverThresholdCelsius()));
            assertEquals(EmergencyDetails.NOT_RECORDED, loaded.emergency());
            store.profile().save(loaded.withEmergency(new EmergencyDetails(LineKind.PORT, "", "None known", "")));
            assertEquals("None known", store.profile().load().emergency().allergies());
        }
    }

    @Test
    void careContactsKeepTheirOrderAndCanBeRemoved() throws Exception {
        try (JournalStore store = JournalStore.open(folder, TestClocks.SUNDAY)) {
            CareContact hotline = store.contacts().add(new CareContact(0, "Chemo hotline", "0800 123 4567", "24h"));
            CareContact nurse = store.contacts().add(new CareContact(0, "Specialist nurse", "020 7946 0958", ""));
            CareContact gp = store.contacts().add(new CareContact(0, "GP out of hours", "111", ""));
            assertEquals(List.of(hotline, nurse, gp), store.contacts().all());

            store.contacts().remove(nurse.id());
            assertEquals(List.of(hotline, gp), store.contacts().all());
        }
    }

    /** C2: an older journal (or an import) may hold up to 38.5 °C; it opens, reads as 38.0 and is told once. */
    @Test
    void aThresholdAbove38IsReadAs38AndCorrectedOnce() throws Exception {
        try (JournalStore store = JournalStore.open(folder, TestClocks.SUNDAY)) {
            store.profile().save(new Profile("Alex", Recorder.PATIENT, TemperatureUnit.CELSIUS, WeightUnit.KILOGRAM,
                    new BigDecimal("37.5"), true, 0));
        }
        OldJournal.execute(folder, "UPDATE profile SET fever_threshold_c = '38.5'");
        try (JournalStore store = JournalStore.open(folder, TestClocks.SUNDAY)) {
            assertEquals(new BigDecimal("38.0"), store.profile().load().feverThresholdCelsius(), "read as 38.0");
            assertEquals(java.util.Optional.of(new BigDecimal("38.5")), store.profile().correctThreshold());
            assertEquals(java.util.Optional.empty(), store.profile().correctThreshold(), "told once");
        }
        try (JournalStore store = JournalStore.open(folder, TestClocks.SUNDAY)) {
            assertEquals(java.util.Optional.empty(), store.profile().correctThreshold(), "not after reopening");
            assertEquals(new BigDecimal("38.0"), store.profile().load().feverThresholdCelsius());
            assertEquals("Alex", store.profile().load().patientName(), "nothing else changed");
        }
    }

    @Test
    void aThresholdWithinTheRangeIsLeftAlone() throws Exception {
        try (JournalStore store = JournalStore.open(folder, TestClocks.SUNDAY)) {
            store.profile().save(new Profile("Alex", Recorder.PATIENT, TemperatureUnit.CELSIUS, WeightUnit.KILOGRAM,
                    new BigDecimal("38.0"), true, 0));
            assertEquals(java.util.Optional.empty(), store.profile().correctThreshold());
            assertEquals(new BigDecimal("38.0"), store.profile().load().feverThresholdCelsius());
        }
    }

    @Test
    void aThresholdBelow37point5IsReadAs37point5AndCorrectedOnce() throws Exception {
        try (JournalStore store = JournalStore.open(folder, TestClocks.SUNDAY)) {
            store.profile().save(Profile.NEW);
        }
        OldJournal.execute(folder, "UPDATE profile SET fever_threshold_c = '37.0'");
        try (JournalStore store = JournalStore.open(folder, TestClocks.SUNDAY)) {
            assertEquals(new BigDecimal("37.5"), store.profile().load().feverThresholdCelsius());
            assertEquals(java.util.Optional.of(new BigDecimal("37.0")), store.profile().correctThreshold());
            assertEquals(java.util.Optional.empty(), store.profile().correctThreshold());
        }
    }
}
