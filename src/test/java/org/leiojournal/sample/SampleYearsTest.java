package org.leiojournal.sample;

import org.leiojournal.TestClocks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.CourseDraft;
import org.leiojournal.domain.treatment.CourseValidator;
import org.leiojournal.domain.treatment.CyclePosition;
import org.leiojournal.storage.JournalStore;

/** A ten-year sample, for benchmarks: daily entries all the way, courses the app would accept, and the same start. */
class SampleYearsTest {

    @TempDir
    Path temp;

    @Test
    void tenYearsHoldADailyCheckInThroughoutAndValidCourses() throws Exception {
        SampleSummary summary = SampleCopies.copy(temp.resolve("ten"), SampleJournalTest.NOW, 10);
        LocalDate today = SampleJournalTest.TODAY;
        try (JournalStore store = JournalStore.open(temp.resolve("ten"), TestClocks.SUNDAY)) {
            List<CheckIn> checkIns = store.checkIns().all();
            assertEquals(summary.checkIns(), checkIns.size());
            assertTrue(checkIns.size() > 3_500 && checkIns.size() <= 3_653, "about 3,650: " + checkIns.size());
            Map<Integer, Long> perYear = new TreeMap<>(checkIns.stream().collect(Collectors.groupingBy(
                    c -> (int) ChronoUnit.YEARS.between(c.day(), today.minusDays(1)), Collectors.counting())));
            assertEquals(10, perYear.size(), perYear.toString());
            assertTrue(perYear.values().stream().allMatch(n -> n > 330), "spread over every year: " + perYear);

            List<Course> courses = store.courses().all();
            assertEquals(List.of("doxorubicin", "gemcitabine-docetaxel-hensley", "trabectedin", "pazopanib"),
                    courses.stream().map(c -> c.plan().id()).toList());
            List<Course> earlier = new ArrayList<>();
            for (Course course : courses) {
                assertTrue(new CourseValidator().validate(CourseDraft.of(course), earlier).isValid(),
                        course.plan().id() + " is a course the form would accept beside the earlier ones");
                earlier.add(course);
            }
            Course pazopanib = courses.get(3);
            CyclePosition now = pazopanib.calendar().positionOn(today).orElseThrow();
            assertTrue(now.continuous(), "today is on daily tablets");
            long tickedDays = pazopanib.history().oralDosesTaken().size();
            assertTrue(tickedDays > now.day() * 0.9 && tickedDays < now.day(), "most days ticked: " + tickedDays);
            assertTrue(store.appointments().all().size() >= 200, "hundreds of appointments");
        }
    }

    @Test
    void theFirstYearOfALongerSampleIsTheDefaultSampleMovedBack() throws Exception {
        SampleCopies.copy(temp.resolve("two"), SampleJournalTest.NOW, 2);
        SampleCopies.copy(temp.resolve("one"), SampleJournalTest.NOW.minusYears(1), 1);
        try (JournalStore two = JournalStore.open(temp.resolve("two"), TestClocks.SUNDAY);
             JournalStore one = JournalStore.open(temp.resolve("one"), TestClocks.SUNDAY)) {
            Course gemDoc = two.courses().all().get(1);
            assertEquals(one.courses().all().get(1).start(), gemDoc.start());
            assertEquals(6, gemDoc.history().doses().stream().filter(d -> d.drug().equals("Docetaxel")).count(),
                    "the course ran its six cycles");
            assertEquals(one.procedures().surgeries(), two.procedures().surgeries());
        }
    }

    @Test
    void yearsOutsideOneToTwentyAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> SampleJournal.create(temp.resolve("x"),
                SampleJournalTest.NOW, 0));
        assertThrows(IllegalArgumentException.class, () -> SampleJournal.create(temp.resolve("x"),
                SampleJournalTest.NOW, 21));
    }
}
