package org.leiojournal.sample;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.leiojournal.domain.treatment.HeartScan;
import org.leiojournal.domain.treatment.Surgery;

/**
 * The invented patient's story as data: what happens when, from the journal's first day on. It may run past
 * {@code today}; whoever writes it keeps what has happened by then and the appointments of the coming weeks.
 */
record SampleStory(LocalDate firstDay, LocalDate today, Surgery surgery, List<SampleCourse> courses,
                   List<HeartScan> heartScans, List<SampleVisit> visits, Map<LocalDate, String> notes,
                   LocalDate feverDay, Set<LocalDate> daysInHospital) {

    SampleStory {
        courses = List.copyOf(courses);
        heartScans = List.copyOf(heartScans);
        visits = List.copyOf(visits);
        notes = Map.copyOf(notes);
        daysInHospital = Set.copyOf(daysInHospital);
    }
}
