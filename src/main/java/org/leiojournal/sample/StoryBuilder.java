package org.leiojournal.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.leiojournal.domain.appointment.AppointmentKind;
import org.leiojournal.domain.appointment.PreparationStep;
import org.leiojournal.domain.treatment.HeartScan;
import org.leiojournal.domain.treatment.HeartScanKind;
import org.leiojournal.domain.treatment.Surgery;

/**
 * Collects the story, every date given as a number of days from {@code anchor} (the end of the journal's first
 * year), so the chapters read as a timeline.
 */
final class StoryBuilder {

    static final String CLINIC = "Sarcoma clinic, Sample Hospital";
    static final String IMAGING = "Imaging, Sample Hospital";
    static final String CARDIOLOGY = "Cardiology, Sample Hospital";

    private final LocalDate anchor;
    private final List<SampleCourse> courses = new ArrayList<>();
    private final List<HeartScan> heartScans = new ArrayList<>();
    private final List<SampleVisit> visits = new ArrayList<>();
    private final Map<LocalDate, String> notes = new HashMap<>();
    private final Set<LocalDate> daysInHospital = new HashSet<>();
    private Surgery surgery;
    private LocalDate feverDay;

    StoryBuilder(LocalDate anchor) {
        this.anchor = anchor;
    }

    LocalDate day(int offset) {
        return anchor.plusDays(offset);
    }

    void surgery(int offset, String procedure, String site, int nightsInHospital) {
        surgery = new Surgery(0, day(offset), procedure, site, "");
        visit(AppointmentKind.SURGERY, "Operation: " + procedure.toLowerCase(java.util.Locale.ROOT), offset,
                LocalTime.of(8, 0), 240, "Theatres, Sample Hospital", "Operation done.", List.of());
        for (int d = 0; d < nightsInHospital; d++) {
            daysInHospital.add(day(offset + d));
        }
    }

    void course(SampleCourse course) {
        courses.add(course);
    }

    void fever(int offset, String note) {
        feverDay = day(offset);
        note(offset, note);
    }

    void note(int offset, String text) {
        notes.put(day(offset), text);
    }

    void clinic(int offset, String title, String result, List<String> questions) {
        visit(AppointmentKind.CLINIC_VISIT, title, offset, LocalTime.of(10, 30), 30, CLINIC, result, questions);
    }

    void scan(AppointmentKind kind, int offset, String title, String result) {
        visit(kind, title, offset, LocalTime.of(9, 10), 30, IMAGING, result, List.of());
    }

    /** A scan with the letter's preparation: no food from midnight (reminded the evening before), medicines list. */
    void scanWithPreparation(AppointmentKind kind, int offset, String title, String result) {
        visits.add(new SampleVisit(kind, title, day(offset).atTime(9, 10), 30, IMAGING, result, List.of(),
                List.of(PreparationStep.hoursBefore("Nothing to eat after midnight", 12),
                        PreparationStep.withoutReminder("Bring the list of medicines"))));
    }

    void echo(int offset, String title, String lvef) {
        heartScans.add(new HeartScan(0, day(offset), HeartScanKind.ECHO, new BigDecimal(lvef), ""));
        visit(AppointmentKind.ECHO_MUGA, title, offset, LocalTime.of(11, 0), 45, CARDIOLOGY, "LVEF " + lvef + " %.",
                List.of());
    }

    void visit(AppointmentKind kind, String title, int offset, LocalTime time, int minutes, String place,
               String result, List<String> questions) {
        visits.add(new SampleVisit(kind, title, day(offset).atTime(time), minutes, place, result, questions,
                List.of()));
    }

    SampleStory build(LocalDate firstDay, LocalDate today) {
        return new SampleStory(firstDay, today, surgery, courses, heartScans, visits, notes, feverDay,
                daysInHospital);
    }
}
