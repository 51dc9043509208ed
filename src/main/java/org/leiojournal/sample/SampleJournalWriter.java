package org.leiojournal.sample;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.leiojournal.app.SaveCheckIn;
import org.leiojournal.catalog.AlertRuleCatalog;
import org.leiojournal.catalog.RegimenCatalog;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.domain.measure.TemperatureUnit;
import org.leiojournal.domain.measure.WeightUnit;
import org.leiojournal.domain.profile.CareContact;
import org.leiojournal.domain.profile.EmergencyDetails;
import org.leiojournal.domain.profile.LineKind;
import org.leiojournal.domain.profile.Profile;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.ItemKind;
import org.leiojournal.domain.symptom.Recorder;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.storage.JournalStore;

/**
 * Writes a story into an open journal through the same repositories the app uses, so the sample is data the app
 * itself could have saved. Everything goes in one transaction: all of it or, on a failure, none.
 */
record SampleJournalWriter(JournalStore store, ZonedDateTime now) {

    /** A fixed seed: the same story, the same today, the same journal. */
    private static final long SEED = 20_260_522L;

    SampleSummary write(SampleStory story) {
        List<Integer> counts = new ArrayList<>();
        store.inOneTransaction(() -> {
            Random random = new Random(SEED);
            ZoneId zone = now.getZone();
            profile();
            SymptomItem numbness = store.items().add("Numbness or tingling", ItemKind.SCORE);
            List<Course> courses = new SampleTreatment(store.courses(), RegimenCatalog.bundled(), story.today(), zone,
                    random).write(story.courses());
            DayBurden burden = new DayBurden(courses, story);
            store.procedures().save(story.surgery());
            story.heartScans().stream().filter(s -> s.date().isBefore(story.today())).forEach(store.heartScans()::save);
            new SampleBloodTests(store.bloodTests(), store.homeVitals(), story.today()).write(courses);
            List<CheckIn> checkIns = new SampleCheckIns(story, burden, zone, random)
                    .all(store.items().all(), numbness.id());
            writeWithAlerts(checkIns, courses);
            new SampleMedicines(store.medicines(), story.today(), zone, random)
                    .write(courses, story.surgery().date(), burden);
            List<SampleVisit> visits = new ArrayList<>(story.visits());
            visits.addAll(SampleCycleVisits.of(courses));
            List<Appointment> appointments = new SampleAppointments(now).asOfNow(visits);
            store.appointments().saveAll(appointments);
            counts.addAll(List.of(checkIns.size(), courses.size(), appointments.size()));
        });
        return new SampleSummary(store.folder(), (int) ChronoUnit.DAYS.between(story.firstDay(), story.today()),
                counts.get(0), counts.get(1), counts.get(2));
    }

    /**
     * Saves the check-ins the way the app does, each judged by the bundled alert rules, so the sample's fever and
     * its worst days carry their alerts. Past alerts are marked read, as a patient who called would have done.
     */
    private void writeWithAlerts(List<CheckIn> checkIns, List<Course> courses) {
        SaveCheckIn saving = new SaveCheckIn(store, AlertRuleCatalog.bundled());
        SaveCheckIn.RuleInputs inputs = new SaveCheckIn.RuleInputs(store.items().all(),
                Profile.DEFAULT_THRESHOLD_CELSIUS, 0, courses, false);
        for (CheckIn entry : checkIns) {
            saving.save(entry, inputs).saved().alerts().forEach(alert -> store.alerts().acknowledge(alert.id(),
                    entry.recordedAt().plusHours(1).toInstant(), "Sample: rang the hotline"));
        }
    }

    /**
     * Welcome already answered, so the sample opens on Today; the care contacts are obviously not real. The
     * emergency details are filled in so the sample's emergency sheet shows them (and exports carry them).
     */
    private void profile() {
        store.profile().save(new Profile("Sample patient", Recorder.PATIENT, TemperatureUnit.CELSIUS,
                WeightUnit.KILOGRAM, Profile.DEFAULT_THRESHOLD_CELSIUS, true).withEmergency(new EmergencyDetails(
                LineKind.PORT, "right upper chest (sample)", "Penicillin: rash (sample)",
                "Paracetamol when needed; ondansetron after chemotherapy (sample)")));
        store.contacts().add(new CareContact(0, "Chemotherapy hotline (sample)", "0100 000 0000", "24 hours"));
        store.contacts().add(new CareContact(0, "Sarcoma nurse (sample)", "0100 000 0001", "Weekdays 9:00–17:00"));
    }
}
