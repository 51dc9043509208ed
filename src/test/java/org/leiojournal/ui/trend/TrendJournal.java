package org.leiojournal.ui.trend;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.leiojournal.catalog.RegimenCatalog;
import org.leiojournal.domain.measure.Temperature;
import org.leiojournal.domain.profile.Profile;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.Recorder;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.CourseDraft;
import org.leiojournal.domain.treatment.CourseValidator;
import org.leiojournal.storage.JournalStore;

/**
 * A journal for the Trends tests: gemcitabine + docetaxel (Hensley) from Sunday 4 October 2026 (cycle 2 from
 * 25 October, cycle 3 from 15 November, so 22 November is cycle 3 day 8), and a check-in at 09:00 every day
 * from 4 October to 21 November scoring nausea (6 on days 1–4, 4 on days 5–9, 1 after) and pain (3) with a
 * temperature of 36.6 °C. Nausea is left unanswered on 17 November; 12 November has 38.1 °C and a note.
 */
public final class TrendJournal {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    public static final LocalDate START = LocalDate.of(2026, 10, 4);
    public static final LocalDate LAST_CHECK_IN = LocalDate.of(2026, 11, 21);
    public static final LocalDate NAUSEA_UNANSWERED = LocalDate.of(2026, 11, 17);
    public static final LocalDate FEVER = LocalDate.of(2026, 11, 12);

    private TrendJournal() {
    }

    public static void fill(JournalStore store) {
        store.profile().save(new Profile("Ana", Recorder.PATIENT, Profile.NEW.temperatureUnit(),
                Profile.NEW.weightUnit(), Profile.DEFAULT_THRESHOLD_CELSIUS, true));
        store.courses().save(course());
        SymptomItem nausea = item(store, "esas.nausea");
        SymptomItem pain = item(store, "esas.pain");
        for (LocalDate day = START; !day.isAfter(LAST_CHECK_IN); day = day.plusDays(1)) {
            int cycleDay = (int) (ChronoUnit.DAYS.between(START, day) % 21) + 1;
            Map<Long, Integer> answers = new HashMap<>();
            if (!day.equals(NAUSEA_UNANSWERED)) {
                answers.put(nausea.id(), cycleDay <= 4 ? 6 : cycleDay <= 9 ? 4 : 1);
            }
            answers.put(pain.id(), 3);
            boolean fever = day.equals(FEVER);
            store.checkIns().save(new CheckIn(0, CheckIn.newUid(), ZonedDateTime.of(day, LocalTime.of(9, 0), LONDON),
                    Recorder.PATIENT, answers, "", Temperature.celsius(fever ? "38.1" : "36.6"), null,
                    fever ? "Shivery, called the hotline" : ""));
        }
    }

    public static SymptomItem item(JournalStore store, String code) {
        return store.items().all().stream().filter(i -> code.equals(i.code())).findFirst().orElseThrow();
    }

    private static Course course() {
        CourseDraft template = CourseDraft.fromTemplate(
                RegimenCatalog.bundled().find("gemcitabine-docetaxel-hensley").orElseThrow(), START);
        CourseDraft draft = new CourseDraft(0, template.template(), template.name(), template.cycleLengthTexts(),
                List.of("6"), template.drugs(), START, false, "1.80", "", "", "");
        return new CourseValidator().validate(draft, List.of()).value().orElseThrow();
    }
}
