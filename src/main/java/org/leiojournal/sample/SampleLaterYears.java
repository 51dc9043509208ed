package org.leiojournal.sample;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leiojournal.domain.appointment.AppointmentKind;
import org.leiojournal.domain.treatment.DoseOutcome;
import org.leiojournal.domain.treatment.DoseRecord;

/**
 * After the first year: gemcitabine + docetaxel ends, scans every 3 months, then growth treated with trabectedin,
 * later growth again and pazopanib tablets every day, which go on. The story runs 20 years; a sample keeps what
 * has happened by its "today". On the default sample only the scan 6 days from now comes from here.
 */
final class SampleLaterYears {

    private static final int TRABECTEDIN_START = 950;
    private static final int PAZOPANIB_START = 1310;
    private static final int STORY_END = 20 * 366;

    private SampleLaterYears() {
    }

    static void add(StoryBuilder story) {
        story.scanWithPreparation(AppointmentKind.CT, 6, "CT after 3 cycles of gemcitabine + docetaxel", "Stable.");
        story.scanWithPreparation(AppointmentKind.CT, 85, "CT after 6 cycles of gemcitabine + docetaxel", "Stable.");
        story.clinic(90, "Sarcoma clinic: end of gemcitabine + docetaxel", "Stable. Scans every 3 months.",
                List.of("Will the tingling in my fingers go away?"));
        surveillance(story, 181, 900);
        story.scan(AppointmentKind.CT, 930, "CT chest, abdomen and pelvis", "Growth in both lungs.");
        trabectedin(story);
        surveillance(story, 1215, 1270);
        story.scan(AppointmentKind.CT, 1290, "CT chest, abdomen and pelvis", "The lung spots have grown again.");
        pazopanib(story);
    }

    /** A CT every 91 days with a clinic visit for the result 5 days later, from {@code from} to {@code to}. */
    private static void surveillance(StoryBuilder story, int from, int to) {
        for (int day = from; day <= to; day += 91) {
            story.scan(AppointmentKind.CT, day, "CT chest", "Stable.");
            story.clinic(day + 5, "Sarcoma clinic: scan result", "Stable. Next scan in 3 months.", List.of());
        }
    }

    /** Trabectedin 1.5 mg/m² every 21 days through a central line, 8 cycles, from cycle 4 at 1.2 mg/m². */
    private static void trabectedin(StoryBuilder story) {
        int start = TRABECTEDIN_START;
        story.clinic(start - 15, "Sarcoma clinic: scan result", "Growth. Trabectedin offered, every 3 weeks "
                + "through a central line.", List.of("What is a central line?"));
        story.echo(start - 10, "Heart scan (echo) before trabectedin", "57");
        story.visit(AppointmentKind.OTHER, "Central line fitted", start - 5, LocalTime.of(14, 0), 60,
                "Day unit, Sample Hospital", "Line in the right arm.", List.of());
        List<DoseRecord> reduced = new ArrayList<>();
        for (int cycle = 4; cycle <= 8; cycle++) {
            reduced.add(new DoseRecord(cycle, 1, "Trabectedin", DoseOutcome.REDUCED,
                    Optional.of(new BigDecimal("1.2")), "Lower dose, as the team decided"));
        }
        story.course(new SampleCourse("trabectedin", story.day(start), 8, "69", List.of(), reduced));
        story.note(start, "First trabectedin: a 24-hour drip through the new line.");
        story.scan(AppointmentKind.CT, start + 80, "CT after 4 cycles of trabectedin", "Stable.");
        story.scan(AppointmentKind.CT, start + 170, "CT after 8 cycles of trabectedin", "Stable.");
        story.clinic(start + 175, "Sarcoma clinic: end of trabectedin", "Stable. Scans every 3 months.", List.of());
    }

    /** Pazopanib every day, no cycles; liver tests and a clinic visit every 4 weeks, then 8; a CT every 3 months. */
    private static void pazopanib(StoryBuilder story) {
        int start = PAZOPANIB_START;
        story.clinic(start - 15, "Sarcoma clinic: scan result", "Growth. Pazopanib tablets offered, every day.",
                List.of("Do I take the tablets with food?"));
        story.course(SampleCourse.asPlanned("pazopanib", story.day(start), 0, "68"));
        story.note(start, "First pazopanib tablets this morning, an hour before breakfast.");
        for (int day = start + 28; day < STORY_END; day += day < start + 180 ? 28 : 56) {
            story.visit(AppointmentKind.BLOOD_TEST, "Liver blood tests", day, LocalTime.of(9, 0), 15,
                    "Blood test room, Sample Hospital", "", List.of());
            story.clinic(day, "Sarcoma clinic: pazopanib check", "Carry on with pazopanib.", List.of());
        }
        for (int day = start + 91; day < STORY_END; day += 91) {
            story.scan(AppointmentKind.CT, day, "CT chest", "Stable.");
        }
    }
}
