package org.leiojournal.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.leiojournal.domain.appointment.AppointmentKind;
import org.leiojournal.domain.treatment.Delay;
import org.leiojournal.domain.treatment.DoseOutcome;
import org.leiojournal.domain.treatment.DoseRecord;

/**
 * The first year of the invented patient, counted back from its last day: an operation on the left thigh, lung
 * spots on the next CT, six cycles of doxorubicin with heart scans before and after, a break with scans, then
 * gemcitabine + docetaxel with one cycle put back a week for low counts. On the default one-year sample that last
 * day is today, so Today shows "cycle 3, day 9". The treatments follow the bundled templates (facts.md §2).
 */
final class SamplePatient {

    /** Day 1 of gemcitabine + docetaxel: 57 days before the anchor is cycle 3, day 9 after cycle 2's week of delay. */
    static final int GEM_DOC_START = -57;

    private SamplePatient() {
    }

    /** The story of a journal of {@code years} years ending the day before {@code today}. */
    static SampleStory story(LocalDate today, int years) {
        StoryBuilder story = new StoryBuilder(today.minusYears(years - 1L));
        diagnosisAndOperation(story);
        doxorubicin(story);
        gemcitabineDocetaxel(story);
        SampleLaterYears.add(story);
        return story.build(today.minusYears(years), today);
    }

    private static void diagnosisAndOperation(StoryBuilder story) {
        story.note(-362, "Started this journal after the biopsy result. The operation is planned for next month.");
        story.clinic(-360, "Sarcoma clinic: biopsy result", "Leiomyosarcoma in the left thigh. Operation planned.",
                List.of("What happens before the operation?", "How long will I be in hospital?"));
        story.scan(AppointmentKind.MRI, -352, "MRI of the left thigh", "Shows the size and edges of the tumour, for "
                + "planning the operation.");
        story.scan(AppointmentKind.CT, -350, "CT chest", "Nothing seen in the lungs.");
        story.visit(AppointmentKind.OTHER, "Pre-operative assessment", -342, java.time.LocalTime.of(13, 0), 90,
                "Pre-operative clinic, Sample Hospital", "Bloods and heart trace done.", List.of());
        story.surgery(-335, "Wide excision of the tumour", "Left thigh", 4);
        story.note(-331, "Home from hospital. The wound is sore but healing.");
        story.clinic(-321, "Wound check and pathology result", "Wound healing well. The edges of the removed tissue "
                + "were clear.", List.of());
        story.scan(AppointmentKind.CT, -310, "CT chest, abdomen and pelvis", "Small spots in both lungs, to be "
                + "discussed at the sarcoma team meeting.");
        story.clinic(-305, "Sarcoma clinic: scan result and plan", "The spots are the sarcoma, spread to the lungs. "
                + "Doxorubicin offered: 6 cycles, every 3 weeks.", List.of("How many cycles will there be?",
                "Who do I call if I get a temperature?"));
        story.note(-305, "Hard news today. Chemotherapy starts in ten days.");
    }

    /** Six 21-day cycles of doxorubicin 75 mg/m², all given as planned, with an echo before and after. */
    private static void doxorubicin(StoryBuilder story) {
        story.echo(-300, "Heart scan (echo) before doxorubicin", "63");
        story.course(SampleCourse.asPlanned("doxorubicin", story.day(-295), 6, "72"));
        story.note(-295, "First doxorubicin today. Red urine this evening, as the nurse said it would be.");
        story.note(-291, "Tired and queasy, better in the afternoon.");
        story.scan(AppointmentKind.CT, -236, "CT after 3 cycles of doxorubicin", "Stable: no new spots.");
        story.note(-190, "Last doxorubicin today: six of six.");
        story.echo(-165, "Heart scan (echo) after doxorubicin", "58");
        story.scan(AppointmentKind.CT, -163, "CT after 6 cycles of doxorubicin", "Stable since the last scan.");
        story.clinic(-158, "Sarcoma clinic: end of doxorubicin", "Stable. A break from treatment; CT again in 3 "
                + "months.", List.of("Can I go on holiday during the break?"));
        story.note(-140, "Walked to the park and back. Energy slowly returning.");
        story.scan(AppointmentKind.CT, -75, "CT chest, abdomen and pelvis", "The lung spots have grown.");
        story.clinic(-70, "Sarcoma clinic: scan result", "Growth on the CT. Gemcitabine + docetaxel offered, every 3 "
                + "weeks.", List.of("When would it start?", "How often are the blood tests?"));
    }

    /**
     * Gemcitabine + docetaxel (Hensley doses): a fever on day 15 of cycle 1, inside the expected low-count window;
     * cycle 2 put back a week because the neutrophils were too low, its docetaxel given at a lower dose.
     */
    private static void gemcitabineDocetaxel(StoryBuilder story) {
        int start = GEM_DOC_START;
        story.course(new SampleCourse("gemcitabine-docetaxel-hensley", story.day(start), 6, "70",
                List.of(new Delay(2, 1, story.day(start + 28), "Neutrophils too low")),
                List.of(new DoseRecord(2, 8, "Docetaxel", DoseOutcome.REDUCED, Optional.of(new BigDecimal("75")),
                        "Lower dose after the low counts of cycle 1"))));
        story.note(start + 8, "Tingling in my fingertips since the docetaxel. Added it to my daily check-in.");
        story.fever(start + 14, "Shivery this evening, 38.2. Called the hotline, went to the assessment unit.");
        story.note(start + 15, "Home again after a night on the assessment unit.");
        story.note(start + 20, "Bloods today: neutrophils too low, so cycle 2 is put back a week.");
        story.note(start + 49, "Cycle 3 started. The tingling is a little stronger.");
    }
}
