package org.leiojournal.ui.treatment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.treatment.BodySurfaceArea;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.CourseCalendar;
import org.leiojournal.domain.treatment.DrugPlan;
import org.leiojournal.domain.treatment.OralAdherence;
import org.leiojournal.domain.treatment.Phase;
import org.leiojournal.ui.common.AfterFrame;
import org.leiojournal.ui.common.BarsWhenNeededSkin;
import org.leiojournal.ui.common.FormFields;
import org.leiojournal.ui.common.DateField;
import org.leiojournal.ui.common.FieldErrors;
import org.leiojournal.ui.common.Formats;
import org.leiojournal.ui.common.Forms;
import org.leiojournal.ui.common.Loading;
import org.leiojournal.ui.common.Messages;
import org.leiojournal.ui.common.Style;
import org.leiojournal.ui.common.WrappingTitledPane;

/** One course: its plan and doses for the patient, its calendar, and what really happened. */
final class CourseDetail extends VBox {

    private final TreatmentViewModel model;
    private final Messages messages;
    private final Formats formats;
    private final VBox content = new VBox(12);
    /**
     * The cards under the calendar, built after the course's first frame and the calendar's first rows: below the
     * first screenful, and styling their ~300 nodes with the rest was a large part of the screen's first-visit
     * freeze (issue 21). What a laptop's window shows comes first: the calendar's key and first rows.
     */
    private AdministrationsCard administrations;
    private Node stopCard;
    /** "Loading…" where those cards will be, until they are in (the benchmark waits for it to go). */
    private final Label cardsLoading;
    private boolean cardsBelowScheduled;
    /**
     * The frames the cards under the calendar take: the administrations table, its actions with the stop card,
     * then the table's rows.
     */
    private static final int CARDS_BELOW = 3;

    CourseDetail(TreatmentViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        this.cardsLoading = loading("course-cards-loading", messages);
        setId("course-detail");
        // it never scrolls sideways, and down only once the calendar is in: no bar is styled with the course's frame
        ScrollPane scroll = BarsWhenNeededSkin.install(Forms.scrolling(content));
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().add(scroll);
        model.selectedProperty().addListener((o, old, course) -> build(course));
        build(model.selectedProperty().get());
    }

    /** "Loading…" where a part of the course will be (the benchmark waits for it to go). */
    static Label loading(String id, Messages messages) {
        Label loading = new Label(messages.get("common.loading"));
        loading.setId(id);
        loading.getStyleClass().addAll(Loading.STYLE_CLASS, "item-hint");
        return loading;
    }

    private void build(Course course) {
        if (course == null) {
            Label empty = new Label(messages.get("treatment.noCourses"));
            empty.setId("treatment-empty");
            empty.setWrapText(true);
            content.getChildren().setAll(Forms.card(messages.get("treatment.noCourses.title"), empty));
            return;
        }
        CourseCalendar calendar = course.calendar();
        List<Node> cards = new ArrayList<>(List.of(header(course, calendar), doses(course)));
        if (course.plan().continuous()) {
            cards.add(oral(course));
            cards.add(checks(calendar));
        } else {
            CycleStrip strip = new CycleStrip(calendar, model.today(), messages, model::countsBefore);
            if (stopCard == null) { // its first rows, in sight, come first; then the cards under it have two frames
                strip.restOfRowsAfter(CARDS_BELOW);
            }
            cards.add(Forms.card(messages.get("treatment.calendar.title"), strip));
        }
        // what was given (courses in cycles only), then stopping the course: in this order for the Tab key too
        if (administrations != null && !course.plan().continuous()) {
            cards.add(administrations);
        }
        if (stopCard != null) {
            cards.add(stopCard);
        } else {
            cards.add(cardsLoading);
            if (!cardsBelowScheduled) { // a course chosen meanwhile shows the same "Loading…" until they come
                cardsBelowScheduled = true;
                if (course.plan().continuous()) {
                    AfterFrame.run(content, this::buildCardsBelow);
                } else { // after the frame with the calendar's first rows
                    AfterFrame.run(content, () -> AfterFrame.run(content, this::buildCardsBelow));
                }
            }
        }
        content.getChildren().setAll(cards);
    }

    /**
     * Builds the cards under the calendar once, in three frames, and puts them where "Loading…" stands if the course
     * is still shown: the administrations table without its rows (its skin made the first time), then its actions and
     * stopping the course (two date fields; together about 150 nodes, the visit's longest frame when they came with
     * the table), then the table's rows, which the table makes and styles in its layout.
     */
    private void buildCardsBelow() {
        administrations = new AdministrationsCard(model, messages);
        Course course = model.selectedProperty().get();
        int at = content.getChildren().indexOf(cardsLoading);
        if (at >= 0 && course != null && !course.plan().continuous()) {
            content.getChildren().add(at, administrations);
        }
        AfterFrame.run(content, this::buildActionsAndStop);
    }

    /** The table's actions and stopping the course, in the frame after the table, "Loading…" under them till then. */
    private void buildActionsAndStop() {
        administrations.addActions(model, messages);
        stopCard = stopCard();
        int at = content.getChildren().indexOf(cardsLoading);
        if (at >= 0) {
            content.getChildren().set(at, stopCard);
        }
        AfterFrame.run(content, () -> administrations.showRows(model, messages));
    }

    private Node header(Course course, CourseCalendar calendar) {
        Label title = Forms.cardTitle(course.plan().name());
        title.setId("course-title");
        String span = calendar.lastDay().map(last -> messages.get("treatment.span", formats.date(course.start()),
                formats.date(last))).orElse(messages.get("treatment.span.open", formats.date(course.start())));
        Label dates = new Label(span);
        dates.setId("course-span");
        dates.setWrapText(true);
        Label today = new Label(calendar.positionOn(model.today())
                .map(p -> messages.get("treatment.today", TreatmentFormats.position(p, messages)))
                .orElse(messages.get("treatment.today.outside")));
        today.setId("course-today");
        today.getStyleClass().add("position");
        today.setWrapText(true);
        title.setWrapText(true);
        VBox text = new VBox(4, title, dates, today);
        HBox.setHgrow(text, Priority.ALWAYS); // the words wrap beside the button rather than being cut
        course.history().stop().ifPresent(stop -> {
            Label stopped = new Label(messages.get("treatment.stopped", formats.date(stop.date()),
                    stop.reason().isEmpty() ? "—" : stop.reason()));
            stopped.setId("course-stopped");
            stopped.getStyleClass().add("stopped");
            text.getChildren().add(stopped);
        });
        Button edit = Forms.button("course-edit", messages.get("treatment.editPlan"), model::editSelected);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox box = new HBox(12, text, spacer, edit);
        box.getStyleClass().add(Style.CARD);
        return box;
    }

    private Node doses(Course course) {
        BodySurfaceArea bsa = course.bsa();
        Label area = new Label(bsa.computed()
                ? messages.get("treatment.bsa.summaryMosteller", bsa.squareMetres().toPlainString(),
                        bsa.heightCm().orElseThrow().toPlainString(), bsa.weightKg().orElseThrow().toPlainString())
                : messages.get("treatment.bsa.summaryEntered", bsa.squareMetres().toPlainString()));
        area.setId("course-bsa-summary");
        area.setWrapText(true);
        Label check = new Label(messages.get("treatment.dose.checkSheet"));
        check.getStyleClass().add("check-sheet");
        check.setWrapText(true);
        VBox lines = new VBox(4);
        lines.setId("course-doses");
        for (Phase phase : course.plan().phases()) {
            if (course.plan().phases().size() > 1) {
                Label name = new Label(phase.name());
                name.getStyleClass().add("form-label");
                lines.getChildren().add(name);
            }
            for (DrugPlan drug : phase.drugs()) {
                lines.getChildren().add(wrapped(drugLine(drug, bsa)));
            }
            phase.support().forEach(s -> lines.getChildren().add(wrapped(SupportLines.text(s, phase, messages))));
            if (!phase.lengthNote().isEmpty()) {
                lines.getChildren().add(Forms.hint(phase.lengthNote()));
            }
        }
        VBox card = Forms.card(messages.get("treatment.doses.title"), area, check, lines);
        course.plan().cautions().forEach(c -> {
            Label caution = new Label("⚠ " + c);
            caution.getStyleClass().add("caution");
            caution.setWrapText(true);
            card.getChildren().add(caution);
        });
        card.getChildren().add(sources(course));
        model.templateReview(course).ifPresent(review -> {
            Label reviewed = Forms.hint(messages.get("treatment.template.reviewed",
                    formats.date(review.reviewedOn()), formats.date(review.reviewDue())));
            reviewed.setId("course-template-reviewed");
            card.getChildren().add(reviewed);
        });
        return card;
    }

    /** Review finding m10: where each drug, supportive medicine, check and low-count window comes from, folded. */
    private Node sources(Course course) {
        List<String> all = new ArrayList<>();
        for (Phase phase : course.plan().phases()) {
            phase.drugs().forEach(d -> all.addAll(d.sources()));
            phase.support().forEach(s -> all.addAll(s.sources()));
            phase.monitoring().forEach(m -> all.addAll(m.sources()));
            phase.lowCounts().forEach(w -> all.addAll(w.sources()));
        }
        String text = String.join("\n", all.stream().distinct().toList());
        // its title on two lines at large text, not past the card's edge nor cut to "…" (JavaFX's title bar is one line)
        TitledPane pane = new WrappingTitledPane(messages.get("treatment.sources.title"));
        pane.setId("course-sources-pane");
        pane.setExpanded(false);
        // the list is made when the section is first opened: folded, it is never seen, and styling it (with the
        // pane's content box) was part of the course's first frame (issue 21). This listener runs before the skin's,
        // so the pane opens onto its content.
        pane.expandedProperty().addListener((o, was, open) -> {
            if (open && pane.getContent() == null) {
                pane.setContent(sourceList(text));
            }
        });
        return pane;
    }

    private static Label sourceList(String text) {
        Label list = new Label(text);
        list.setId("course-sources");
        list.setWrapText(true);
        list.getStyleClass().add("item-hint");
        return list;
    }

    private String drugLine(DrugPlan drug, BodySurfaceArea bsa) {
        String days = drug.days().isEmpty() ? messages.get("treatment.days.daily")
                : messages.get("treatment.days.list", org.leiojournal.domain.treatment.DayList.format(drug.days()));
        String amount = drug.awaitsDoseFromLabel() ? messages.get("treatment.dose.fromLabel", drug.drug())
                : drug.dose().unit().perSquareMetre()
                ? messages.get("treatment.dose.forBsa", drug.drug(), drug.dose().display(),
                        bsa.squareMetres().toPlainString(), drug.dose().forBodySurface(bsa.squareMetres()).display())
                : messages.get("treatment.dose.flat", drug.drug(), drug.dose().display());
        String how = TreatmentFormats.routes(messages).toString(drug.route())
                + (drug.infusion().isEmpty() ? "" : " " + drug.infusion());
        String line = amount + " · " + how + " · " + days;
        return drug.note().isEmpty() ? line : line + "\n" + drug.note();
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    private Node oral(Course course) {
        LocalDate today = model.today();
        OralAdherence adherence = OralAdherence.of(course, today);
        CheckBox taken = new CheckBox(messages.get("treatment.oral.takenToday"));
        taken.setId("oral-taken-detail");
        taken.setSelected(adherence.takenToday());
        taken.setDisable(!course.calendar().covers(today));
        taken.setOnAction(e -> model.setOralTaken(course, today, taken.isSelected()));
        Label counts = new Label(messages.get("treatment.oral.adherence", adherence.daysTaken(), adherence.daysDue()));
        counts.setId("oral-adherence");
        String missedDays = adherence.missed().isEmpty() ? messages.get("treatment.oral.noneMissed")
                : messages.get("treatment.oral.missed", String.join(", ", adherence.missed().stream()
                        .skip(Math.max(0, adherence.missed().size() - 14)).map(formats::date).toList()));
        Label missed = new Label(missedDays);
        missed.setId("oral-missed");
        missed.setWrapText(true);
        VBox card = Forms.card(messages.get("treatment.oral.title"), taken, counts, missed);
        course.plan().phases().get(0).drugs().stream().filter(DrugPlan::awaitsDoseFromLabel).findFirst()
                .ifPresent(d -> card.getChildren().add(1, OralDoseField.of("oral-dose-detail", model, course, d,
                        messages)));
        return card;
    }

    private Node checks(CourseCalendar calendar) {
        VBox lines = new VBox(4);
        lines.setId("course-checks");
        calendar.entries().forEach(e -> lines.getChildren().add(new Label(messages.get("treatment.check.line",
                formats.date(e.date()), e.label(), e.detail()))));
        return Forms.card(messages.get("treatment.checks.title"), lines);
    }

    private Node stopCard() {
        DateField date = FormFields.date("stop-date", model.stopDateProperty(), messages);
        TextField reason = new TextField();
        reason.setId("stop-reason");
        reason.setPromptText(messages.get("treatment.stop.reasonPrompt"));
        reason.textProperty().bindBidirectional(model.stopReasonProperty());
        Button stop = Forms.button("course-stop", messages.get("treatment.stop.button"), () -> {
            if (date.commit()) {
                model.stopCourse();
            }
        });
        Button resume = Forms.button("course-resume", messages.get("treatment.stop.resume"), model::resumeCourse);
        resume.visibleProperty().bind(model.selectedProperty().map(c -> c.history().stop().isPresent()).orElse(false));
        resume.managedProperty().bind(resume.visibleProperty());
        FlowPane row = new FlowPane(8, 6, Forms.label(messages.get("treatment.stop.date"), date), date, reason, stop,
                resume);
        row.setAlignment(Pos.CENTER_LEFT);
        return Forms.card(messages.get("treatment.stop.title"), row, date.errorLabel(),
                FieldErrors.errorLabel("stop-date", TreatmentViewModel.Field.STOP_DATE, model.errors(), date),
                Forms.hint(messages.get("treatment.stop.hint")));
    }
}
