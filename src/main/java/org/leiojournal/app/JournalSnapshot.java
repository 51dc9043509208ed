package org.leiojournal.app;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.leiojournal.domain.alert.Alert;
import org.leiojournal.domain.appointment.Appointment;
import org.leiojournal.domain.lab.BloodPressureLevels;
import org.leiojournal.domain.profile.CareContact;
import org.leiojournal.domain.profile.Profile;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.PriorAnthracycline;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.storage.StorageException;

/**
 * What the window shares between its screens, read from the journal in one go: the profile, the symptom items, the
 * care contacts, the courses (with their doses and delays), anthracycline from before them, the appointments, the
 * open alerts and the team's blood pressure levels (which decide whether the check-in offers its home reading row,
 * so the first frame already has it or not). At the start it is read on the thread that opens the journal while JavaFX starts, so the UI
 * thread only builds Today's nodes from it.
 *
 * @param thresholdBefore the call temperature the journal held when it was outside 37.5–38.0 °C and has just been
 *                        written back as the number the app reads it as (told once on Today); empty otherwise
 */
public record JournalSnapshot(Optional<BigDecimal> thresholdBefore, Profile profile, List<SymptomItem> items,
                              List<CareContact> contacts, List<Course> courses, PriorAnthracycline priorAnthracycline,
                              List<Appointment> appointments, List<Alert> openAlerts,
                              BloodPressureLevels bloodPressureLevels) {

    public JournalSnapshot {
        items = List.copyOf(items);
        contacts = List.copyOf(contacts);
        courses = List.copyOf(courses);
        appointments = List.copyOf(appointments);
        openAlerts = List.copyOf(openAlerts);
    }

    /** Reads it now, on the calling thread; the threshold is corrected first, so the profile read is the fixed one. */
    public static JournalSnapshot read(JournalStore store) {
        Optional<BigDecimal> thresholdBefore = correctedThreshold(store);
        return new JournalSnapshot(thresholdBefore, store.profile().load(), store.items().all(),
                store.contacts().all(), store.courses().all(), store.priorAnthracycline().load(),
                store.appointments().all(), store.alerts().open(),
                BloodPressureLevels.of(store.bloodTests().levels()));
    }

    /**
     * A call temperature outside 37.5–38.0 °C, as an older version or an import left it, is written back as the
     * value the app reads it as. If the journal cannot be written now, the app still reads the corrected number
     * and tells next time.
     */
    private static Optional<BigDecimal> correctedThreshold(JournalStore store) {
        try {
            return store.profile().correctThreshold();
        } catch (StorageException e) {
            return Optional.empty();
        }
    }
}
