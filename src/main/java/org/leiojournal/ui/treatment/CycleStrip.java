package org.leiojournal.ui.treatment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.leiojournal.domain.treatment.CalendarEntry;
import org.leiojournal.domain.treatment.CourseCalendar;
import org.leiojournal.domain.treatment.CycleDates;
import org.leiojournal.domain.treatment.EntryKind;
import org.leiojournal.ui.common.AfterFrame;
import org.leiojournal.ui.common.Formats;
import org.leiojournal.ui.common.Loading;
import org.leiojournal.ui.common.Messages;

/**
 * The course calendar, one row per cycle and one box per day: drug days filled dark (a difference of lightness,
 * not only of hue), the expected low-count window shaded, and letters for premedication (P), growth factor (G),
 * protective medicine (M) and checks (C). Every box also has a tooltip and an accessible description.
 */
public final class CycleStrip extends VBox {

    private static final Map<EntryKind, String> LETTERS = Map.of(EntryKind.PREMEDICATION, "P",
            EntryKind.GROWTH_FACTOR, "G", EntryKind.PROTECTIVE, "M", EntryKind.MONITORING, "C");

    public CycleStrip(CourseCalendar calendar, LocalDate today, Messages messages) {
        this(calendar, today, messages, day -> java.util.Optional.empty());
    }

    /**
     * Cycles' rows built at a time, each batch after the frame before it is drawn: all of a ten-cycle course's
     * hundreds of day boxes at once were the largest part of the Treatment screen's first visit (issue 21). Twelve
     * a frame (one frame fewer on the bench's course) was tried in the fourteenth session: idle, the merged frame
     * froze the window 134-160 ms against 96-103 ms with six (performance-history.md, "Fourteenth session: after the
     * merges").
     */
    static final int CYCLES_PER_FRAME = 6;

    /**
     * Cycles in the first batch, with the key: what a laptop's 1366 × 768 window shows of the calendar under the
     * course's doses, so the visit's frame with nothing "Loading…" in sight comes sooner; a taller window shows
     * "Loading the calendar…" under them until the next batch (issue 21).
     */
    static final int FIRST_CYCLES = 2;

    /**
     * A cycle's heading and its line of blood counts carry the cycle's number under this key of their properties.
     * They have no id, as a day has none ({@link DayBox}): an id each made each of a course's rows match the whole
     * stylesheet afresh, a sixth of the kinds of node the screen's first visit styled for the first time (issue 21).
     */
    public static final String CYCLE = "cycle-strip.cycle";

    private final LocalDate today;
    private final Messages messages;
    private final java.util.function.Function<LocalDate, java.util.Optional<String>> countsBefore;
    private final Formats formats;
    private final Map<LocalDate, List<CalendarEntry>> byDate;
    private final List<CycleDates> cycles;
    private final VBox rows = new VBox(8);
    /**
     * The key to the boxes' colours and letters, put above the rows with the first of them: there is nothing to
     * explain before, and its ~17 nodes were styled in the course's first frame, the screen's longest (issue 21).
     */
    private final VBox legend;
    /** "Loading the calendar…" under the rows built so far, until the last is in. */
    private final Label loading;
    private int framesToLeave;

    /** As above, with the blood counts drawn before each cycle's day 1 under its heading (issue 22). */
    public CycleStrip(CourseCalendar calendar, LocalDate today, Messages messages,
                      java.util.function.Function<LocalDate, java.util.Optional<String>> countsBefore) {
        super(6);
        setId("cycle-strip");
        this.today = today;
        this.messages = messages;
        this.countsBefore = countsBefore;
        this.formats = new Formats(messages.locale());
        byDate = calendar.entries().stream()
                .collect(Collectors.groupingBy(CalendarEntry::date, TreeMap::new, Collectors.toList()));
        cycles = calendar.cyclesToShow(today);
        loading = new Label(messages.get("treatment.strip.loading"));
        loading.setId("strip-loading");
        loading.getStyleClass().addAll(Loading.STYLE_CLASS, "item-hint");
        legend = legend(messages);
        getChildren().addAll(rows, loading);
        AfterFrame.run(this, () -> buildFrom(0));
    }

    /**
     * The rows after the first batch that many frames later than they would come: the first rows are what a laptop's
     * window shows of the calendar, the frames right after them belong to the cards under it (issue 21).
     */
    void restOfRowsAfter(int frames) {
        framesToLeave = frames;
    }

    private void buildFrom(int first) {
        // taken off the screen meanwhile (the course form): go on once back; or asked to leave this frame to others
        if (getScene() == null || first > 0 && framesToLeave > 0) {
            if (first > 0) {
                framesToLeave = Math.max(0, framesToLeave - 1);
            }
            AfterFrame.run(this, () -> buildFrom(first));
            return;
        }
        if (first == 0) {
            getChildren().add(0, legend);
        }
        int end = Math.min(first + (first == 0 ? FIRST_CYCLES : CYCLES_PER_FRAME), cycles.size());
        for (int i = first; i < end; i++) {
            rows.getChildren().add(row(cycles.get(i)));
        }
        if (end < cycles.size()) {
            AfterFrame.run(this, () -> buildFrom(end));
        } else {
            getChildren().remove(loading);
        }
    }

    private VBox row(CycleDates cycle) {
        int days = (int) ChronoUnit.DAYS.between(cycle.start(), cycle.end()) + 1;
        FlowPane boxes = new FlowPane(2, 2); // a long cycle wraps on a small window, never scrolls sideways
        boxes.setMinWidth(0);
        int plannedDays = cycle.phase().cycleLengthDays();
        for (int d = 0; d < days; d++) {
            LocalDate date = cycle.start().plusDays(d);
            DayBox box = dayBox(cycle.number(), d + 1, date, byDate.getOrDefault(date, List.of()),
                    date.equals(today), formats, messages);
            if (d >= plannedDays) {
                markWaiting(box, messages);
            }
            boxes.getChildren().add(box);
        }
        VBox row = new VBox(2, cycleLabel(cycle, formats, messages));
        countsBefore.apply(cycle.start()).ifPresent(text -> {
            Label counts = new Label(text);
            counts.getProperties().put(CYCLE, cycle.number());
            counts.getStyleClass().add("item-hint");
            counts.setWrapText(true);
            row.getChildren().add(counts);
        });
        row.getChildren().add(boxes);
        return row;
    }

    private static Label cycleLabel(CycleDates cycle, Formats formats, Messages messages) {
        String text = messages.get("treatment.strip.cycle", cycle.number(), formats.date(cycle.start()));
        if (cycle.moved()) {
            text += " — " + messages.get("treatment.strip.moved", formats.date(cycle.plannedStart()));
        }
        Label label = new Label(text);
        label.getProperties().put(CYCLE, cycle.number());
        label.getStyleClass().add(cycle.moved() ? "strip-cycle-moved" : "strip-cycle");
        label.setWrapText(true); // "moved; planned …" is long at large text
        return label;
    }

    private static DayBox dayBox(int cycle, int cycleDay, LocalDate date, List<CalendarEntry> entries, boolean today,
                                Formats formats, Messages messages) {
        Set<EntryKind> kinds = entries.stream().map(CalendarEntry::kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(EntryKind.class)));
        String letters = kinds.stream().filter(k -> k != EntryKind.LOW_COUNTS && k != EntryKind.DRUG).map(LETTERS::get)
                .collect(Collectors.joining());
        DayBox box = new DayBox(cycle, cycleDay, cycleDay + (letters.isEmpty() ? "" : "\n" + letters));
        if (kinds.contains(EntryKind.DRUG)) {
            box.getStyleClass().add("strip-drug");
        } else if (kinds.contains(EntryKind.LOW_COUNTS)) {
            box.getStyleClass().add("strip-low");
        }
        if (today) {
            box.getStyleClass().add("strip-today");
        }
        String details = entries.stream().map(e -> TreatmentFormats.entry(e.kind(), e.label(), messages)).distinct()
                .collect(Collectors.joining("\n"));
        // the numbers as text: a number argument makes MessageFormat build a NumberFormat, for each of hundreds of days
        String heading = messages.get("treatment.strip.day", formats.date(date), Integer.toString(cycle),
                Integer.toString(cycleDay));
        String text = details.isEmpty() ? heading : heading + "\n" + details;
        box.setAccessibleText(text);
        return box;
    }

    /**
     * A day past the cycle's planned length: the next cycle was delayed, so this cycle runs on while the user waits.
     * Marked by a dashed outline and its words, so a 28-day row after a one-week delay reads as 21 days plus a wait.
     */
    private static void markWaiting(DayBox box, Messages messages) {
        box.getStyleClass().add("strip-waiting");
        String text = box.getAccessibleText() + "\n" + messages.get("treatment.strip.waiting");
        box.setAccessibleText(text);
    }

    private static VBox legend(Messages messages) {
        Label drug = new Label(messages.get("treatment.legend.drug"));
        drug.getStyleClass().addAll("legend", "strip-drug");
        Label low = new Label(messages.get("treatment.legend.low"));
        low.getStyleClass().addAll("legend", "strip-low");
        Label letters = new Label(messages.get("treatment.legend.letters"));
        letters.getStyleClass().add("item-hint");
        letters.setWrapText(true);
        Label waiting = new Label(messages.get("treatment.legend.waiting"));
        waiting.getStyleClass().addAll("legend", "strip-waiting");
        FlowPane keys = new FlowPane(10, 4, drug, low, waiting);
        keys.setAlignment(Pos.CENTER_LEFT);
        VBox legend = new VBox(4, keys, letters); // the long explanation wraps to the card's width, under the keys
        legend.setId("strip-legend");
        return legend;
    }
}
