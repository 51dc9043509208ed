package org.leiojournal.ui.today;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.leiojournal.catalog.HeartScanCatalog;
import org.leiojournal.domain.treatment.AfterAnthracycline;
import org.leiojournal.domain.treatment.CalendarEntry;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.CourseCalendar;
import org.leiojournal.domain.treatment.CyclePosition;
import org.leiojournal.domain.treatment.DrugPlan;
import org.leiojournal.domain.treatment.EntryKind;
import org.leiojournal.domain.treatment.HeartScanAfterTreatment;
import org.leiojournal.domain.treatment.OralAdherence;
import org.leiojournal.ui.common.Formats;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.treatment.OralDoseField;
import org.leiojournal.ui.treatment.TreatmentFormats;
import org.leiojournal.ui.treatment.TreatmentViewModel;

/**
 * Today's place in each running course — "Gemcitabine + docetaxel — cycle 3, day 9" — with what is due today
 * and tomorrow, and for daily tablets a "taken today" tick with the food instruction. Hidden without a course.
 */
final class TreatmentTodayCard extends VBox {

    private final TreatmentViewModel treatment;
    private final Messages messages;
    private final Formats formats;

    /** The day the card was last drawn for. */
    private LocalDate builtFor;

    TreatmentTodayCard(TreatmentViewModel treatment, Messages messages) {
        super(4);
        this.treatment = treatment;
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        setId("today-treatment");
        getStyleClass().addAll("card", "treatment-today");
        treatment.courses().addListener((ListChangeListener<Course>) c -> build());
        build();
    }

    /**
     * Redraws if the day has changed since the card was last drawn (Today shown again). The courses' changes redraw
     * it as they come, so on the day it was built, and at the start, there is nothing to redo.
     */
    void refresh() {
        if (!treatment.today().equals(builtFor)) {
            build();
        }
    }

    private void build() {
        getChildren().clear();
        LocalDate today = treatment.today();
        builtFor = today;
        for (Course course : treatment.courses()) {
            CourseCalendar calendar = course.calendar();
            Optional<CyclePosition> position = calendar.positionOn(today);
            if (position.isEmpty()) {
                continue;
            }
            Label where = new Label(TreatmentFormats.position(position.get(), messages));
            where.setId("today-position-" + course.id());
            where.getStyleClass().add("position");
            where.setWrapText(true); // "Gemcitabine + docetaxel — cycle 3, day 9" was cut at 200 % in 1024×600
            getChildren().add(where);
            if (course.plan().continuous()) {
                getChildren().add(oral(course, today));
                continue;
            }
            List<CalendarEntry> todays = calendar.entriesOn(today);
            getChildren().add(line("today-due-" + course.id(), messages.get("treatment.due.today",
                    due(course, todays))));
            getChildren().add(line("today-tomorrow-" + course.id(), messages.get("treatment.due.tomorrow",
                    due(course, calendar.entriesOn(today.plusDays(1))))));
            calendar.nextCycleAfter(today).ifPresent(next -> getChildren().add(line("today-next-" + course.id(),
                    messages.get("treatment.due.nextCycle", next.number(), formats.date(next.start())))));
            if (todays.stream().anyMatch(e -> e.kind() == EntryKind.LOW_COUNTS)) {
                Label low = line("today-low-" + course.id(), messages.get("treatment.due.lowCounts"));
                low.getStyleClass().add("low-counts-note");
                getChildren().add(low);
            }
        }
        scanAfterTreatment(today);
        setVisible(!getChildren().isEmpty());
        setManaged(isVisible());
    }

    /** While the heart scan after anthracycline treatment is due, Today says so too (M11). */
    private void scanAfterTreatment(LocalDate today) {
        AfterAnthracycline.lastDose(treatment.courses(), today)
                .map(last -> HeartScanCatalog.afterAnthracycline().windowFor(last, today))
                .filter(window -> window.stage() == HeartScanAfterTreatment.Stage.DUE)
                .ifPresent(window -> getChildren().add(line("today-heart-scan-after", messages.get(
                        "anthracycline.scanAfter.today", formats.date(window.from()), formats.date(window.to())))));
    }

    private String due(Course course, List<CalendarEntry> entries) {
        String text = entries.stream().filter(e -> e.kind() != EntryKind.LOW_COUNTS)
                .map(e -> e.kind() == EntryKind.DRUG ? drug(course, e) : e.label())
                .distinct().collect(Collectors.joining("; "));
        return text.isEmpty() ? messages.get("treatment.due.nothing") : text;
    }

    /** A drug with the plan's dose for this patient, so the caregiver can compare it with the team's sheet. */
    private String drug(Course course, CalendarEntry entry) {
        return course.plan().phases().stream().flatMap(p -> p.drugs().stream())
                .filter(d -> d.drug().equals(entry.label())).findFirst()
                .map(d -> entry.label() + " " + forPatient(course, d)).orElse(entry.label());
    }

    private static String forPatient(Course course, DrugPlan drug) {
        return drug.dose().forBodySurface(course.bsa().squareMetres()).display();
    }

    private VBox oral(Course course, LocalDate today) {
        DrugPlan drug = course.plan().phases().get(0).drugs().get(0);
        OralAdherence adherence = OralAdherence.of(course, today);
        CheckBox taken = new CheckBox(drug.awaitsDoseFromLabel() ? messages.get("treatment.oral.takenNoDose",
                drug.drug()) : messages.get("treatment.oral.taken", drug.drug(), drug.dose().display()));
        taken.setId("today-oral-" + course.id());
        taken.setSelected(adherence.takenToday());
        taken.setOnAction(e -> treatment.setOralTaken(course, today, taken.isSelected()));
        VBox box = new VBox(4, taken);
        if (drug.awaitsDoseFromLabel()) {
            box.getChildren().add(OralDoseField.of("today-oral-dose-" + course.id(), treatment, course, drug,
                    messages));
        }
        if (!drug.note().isEmpty()) {
            box.getChildren().add(line("today-oral-note-" + course.id(), drug.note()));
        }
        if (!adherence.missed().isEmpty()) {
            box.getChildren().add(line("today-oral-missed-" + course.id(), messages.get("treatment.oral.missedCount",
                    adherence.missed().size(), adherence.daysDue())));
        }
        return box;
    }

    private static Label line(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        return label;
    }
}
