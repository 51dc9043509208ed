package org.leiojournal.report.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.leiojournal.domain.report.MedicineSummary;
import org.leiojournal.domain.report.ReportInput;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.Medicine;
import org.leiojournal.domain.treatment.MedicineAdherence;
import org.leiojournal.domain.treatment.OralAdherence;
import org.leiojournal.domain.trend.DateSpan;

/**
 * Supportive medicines of the range with the doses marked taken, and daily anticancer tablets with the days a
 * dose was recorded: counts for the user and the team to talk about, never a judgement.
 */
record MedicineSection(SectionContext context) {

    private static final float LEAD = 140;
    private static final int MISSED_LISTED = 8;

    /** Empty when the range has neither. */
    List<Row> rows() {
        DateSpan span = context.span();
        ReportInput input = context.input();
        List<Row> rows = new ArrayList<>();
        for (MedicineSummary medicine : MedicineSummary.of(input.medicines(), input.medicineDoses(), span,
                input.now())) {
            rows.add(context.led(medicine.medicine().name(), LEAD, describe(medicine), TextStyle.BODY));
        }
        for (Course course : input.courses()) {
            if (course.plan().continuous() && course.calendar().covers(span.last())
                    || course.plan().continuous() && course.calendar().lastDay().filter(span::contains).isPresent()) {
                rows.add(context.led(course.plan().name(), LEAD, oral(course), TextStyle.BODY));
            }
        }
        return rows;
    }

    Block block() {
        return Block.of("Medicines and doses taken, " + Words.span(context.span()), rows(),
                "No medicine recorded for this period.");
    }

    private String describe(MedicineSummary summarised) {
        Medicine medicine = summarised.medicine();
        String dose = medicine.dose().isBlank() ? "" : medicine.dose() + ", ";
        String dates = "from " + Words.date(medicine.start()) + medicine.end().map(e -> " to " + Words.date(e))
                .orElse("");
        if (medicine.isAsNeeded()) {
            return dose + "when needed (" + dates + "): taken " + Words.count(summarised.asNeededDoses(), "time")
                    + " on " + Words.count(summarised.asNeededDays(), "day") + " in this period.";
        }
        String times = medicine.times().stream().map(Object::toString).collect(Collectors.joining(", "));
        MedicineAdherence adherence = summarised.adherence().orElseThrow();
        String taken = adherence.due() == 0 ? "no dose due yet in this period"
                : adherence.taken() + " of " + Words.count(adherence.due(), "dose") + " marked taken ("
                + adherence.percentTaken().orElse(0) + "\u00A0%)";
        String missed = adherence.missed().isEmpty() ? "" : ". Not marked: " + adherence.missed().stream()
                .limit(MISSED_LISTED).map(d -> Words.day(d.day(), context.span()) + " " + d.time())
                .collect(Collectors.joining(", "))
                + (adherence.missed().size() > MISSED_LISTED ? " and " + (adherence.missed().size() - MISSED_LISTED)
                + " more" : "");
        return dose + "at " + times + " (" + dates + "): " + taken + missed + ".";
    }

    private String oral(Course course) {
        OralAdherence adherence = OralAdherence.of(course, context.input().today());
        return "daily tablets since " + Words.date(course.start()) + ": a dose recorded on " + adherence.daysTaken()
                + " of " + Words.count(adherence.daysDue(), "day") + " up to yesterday"
                + (adherence.takenToday() ? ", and today." : ".");
    }
}
