package org.leiojournal.ui.trend;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.leiojournal.catalog.AlertRuleCatalog;
import org.leiojournal.catalog.LabCatalog;
import org.leiojournal.domain.lab.BloodTest;
import org.leiojournal.domain.lab.LabPanel;
import org.leiojournal.domain.lab.TeamLevel;
import org.leiojournal.domain.trend.LabLevel;
import org.leiojournal.domain.trend.LabMeasure;
import org.leiojournal.domain.trend.LabRow;
import org.leiojournal.domain.trend.LabSeries;
import org.leiojournal.domain.trend.LabTable;
import org.leiojournal.storage.BloodTestRepository;
import org.leiojournal.domain.guidance.GuidanceLibrary;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.trend.BandPosition;
import org.leiojournal.domain.trend.ByCycleDay;
import org.leiojournal.domain.trend.CycleBand;
import org.leiojournal.domain.trend.CycleBands;
import org.leiojournal.domain.trend.CycleLine;
import org.leiojournal.domain.trend.ChartKind;
import org.leiojournal.domain.trend.DateSpan;
import org.leiojournal.domain.trend.Downsampler;
import org.leiojournal.domain.trend.MarkerGroups;
import org.leiojournal.domain.trend.Measure;
import org.leiojournal.domain.trend.TrendMarker;
import org.leiojournal.domain.trend.TrendPoint;
import org.leiojournal.domain.trend.TrendRanges;
import org.leiojournal.domain.trend.TrendSeries;
import org.leiojournal.domain.trend.TrendSeriesBuilder;
import org.leiojournal.domain.trend.TrendTable;
import org.leiojournal.domain.trend.TrendUnits;
import org.leiojournal.storage.AlertRepository;
import org.leiojournal.storage.CheckInRepository;
import org.leiojournal.ui.common.AppState;
import org.leiojournal.ui.common.Screen;
import org.leiojournal.ui.common.UiContext;

/**
 * The Trends screen: reads every check-in off the UI thread when the screen is shown (and again after a check-in
 * changed), and turns the ticked measures, the range and the view into what the charts or the table show. The
 * series are built once per measure and only cut and thinned (about a point per pixel) when the range moves.
 */
public final class TrendsViewModel {

    /** The by-cycle view compares at most this many cycles: more lines than that cannot be told apart. */
    public static final int CYCLES_COMPARED = 6;

    private final UiContext ui;
    private final AppState state;
    private final CheckInRepository repository;
    private final AlertRepository alertRepository;
    private final BloodTestRepository bloodStore;
    private final TrendWords words;
    private final TrendMarkers markerWords;
    private final MeasuresViewModel measures = new MeasuresViewModel();
    private final RangeViewModel range;
    private final TrendGuidanceViewModel guidance;
    private final ObjectProperty<TrendMode> mode = new SimpleObjectProperty<>(TrendMode.DATE);
    private final ObjectProperty<Measure> cycleMeasure = new SimpleObjectProperty<>();
    private final ObservableList<TrendMarker> alerts = FXCollections.observableArrayList();
    private final IntegerProperty plotWidth = new SimpleIntegerProperty(800);
    private final ReadOnlyObjectWrapper<DateView> dateView = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CycleView> cycleView = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<TrendTable> table = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Map<String, TrendSeries> built = new HashMap<>();
    private List<CheckIn> checkIns = List.of();
    private List<BloodTest> bloodTests = List.of();
    private List<TeamLevel> levels = List.of();
    private final ReadOnlyObjectWrapper<List<LabRow>> labTable = new ReadOnlyObjectWrapper<>(List.of());
    private CycleBands bands = CycleBands.of(List.of(), new DateSpan(LocalDate.EPOCH, LocalDate.EPOCH));
    /**
     * The bands of each range shown, kept until the courses change: working out every course's calendar again at
     * each range switch was about a fifth of what a switch allocated.
     */
    private final Map<DateSpan, CycleBands> bandsBySpan = new HashMap<>();
    private boolean loaded;
    /** True until the journal's first read is back; the charts' place says "Loading…" meanwhile. */
    private final javafx.beans.property.ReadOnlyBooleanWrapper loading =
            new javafx.beans.property.ReadOnlyBooleanWrapper(true);
    private boolean stale = true;
    /** True while a read's results are put in place, so that the view is made once, from all of them. */
    private boolean holdUpdates;

    public TrendsViewModel(AppState state, CheckInRepository repository, UiContext ui, GuidanceLibrary library) {
        this(state, repository, null, ui, library);
    }

    /** {@code alertRepository}: where the alert markers come from, read with the check-ins (null: none). */
    public TrendsViewModel(AppState state, CheckInRepository repository, AlertRepository alertRepository,
                           UiContext ui, GuidanceLibrary library) {
        this(state, repository, alertRepository, null, ui, library);
    }

    /** {@code bloodTests}: where the blood tests and the team's levels come from, read with the check-ins (null: none). */
    public TrendsViewModel(AppState state, CheckInRepository repository, AlertRepository alertRepository,
                           BloodTestRepository bloodTests, UiContext ui, GuidanceLibrary library) {
        this.bloodStore = bloodTests;
        this.alertRepository = alertRepository;
        this.state = state;
        this.repository = repository;
        this.ui = ui;
        this.words = new TrendWords(ui.messages());
        this.markerWords = new TrendMarkers(ui.messages(), ui.clock().getZone(), AlertRuleCatalog.bundled());
        this.range = new RangeViewModel(ui.messages(), today());
        message.set(ui.messages().get("trends.loading"));
        this.guidance = new TrendGuidanceViewModel(library, ui.messages());
        measures.setItems(state.activeItems());
        measures.selected().addListener((ListChangeListener<Measure>) c -> selectionChanged());
        measures.focusedProperty().addListener((o, old, now) -> guidance.showFor(now));
        // the first view explains temperature (chooseDefaults): its panel is shown with the screen, not made in
        // the frame that draws the read's lines (issue 21)
        guidance.showFor(MeasuresViewModel.TEMPERATURE);
        range.spanProperty().addListener(o -> update());
        mode.addListener(o -> update());
        cycleMeasure.addListener(o -> update());
        plotWidth.addListener((o, old, now) -> {
            if (buckets(old.intValue()) != buckets(now.intValue())) {
                update();
            }
        });
        state.items().addListener((ListChangeListener<Object>) c -> {
            built.clear();
            measures.setItems(state.activeItems());
        });
        state.profileProperty().addListener(o -> {
            built.clear();
            update();
        });
        state.courses().addListener((ListChangeListener<Course>) c -> {
            bandsBySpan.clear();
            journalExtentChanged();
        });
        state.appointments().addListener((ListChangeListener<Object>) c -> update());
        alerts.addListener((ListChangeListener<TrendMarker>) c -> update());
        state.journalRevisionProperty().addListener(o -> {
            stale = true;
            refreshIfShown();
        });
        state.screenProperty().addListener(o -> refreshIfShown());
        refreshIfShown();
    }

    public MeasuresViewModel measures() { return measures; }
    public RangeViewModel range() { return range; }
    public TrendGuidanceViewModel guidance() { return guidance; }
    public ObjectProperty<TrendMode> modeProperty() { return mode; }
    /** The measure the by-cycle view compares; one of the ticked ones. */
    public ObjectProperty<Measure> cycleMeasureProperty() { return cycleMeasure; }
    /** Alerts to mark on the time axis: every alert the journal raised, read with the check-ins. */
    public ObservableList<TrendMarker> alerts() { return alerts; }
    /** The width of a chart's plot in pixels, which decides how far a series is thinned. */
    public IntegerProperty plotWidthProperty() { return plotWidth; }
    public ReadOnlyObjectProperty<DateView> dateViewProperty() { return dateView.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<CycleView> cycleViewProperty() { return cycleView.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<TrendTable> tableProperty() { return table.getReadOnlyProperty(); }
    /** The ticked blood tests' values in the range, as entered, for the table view (oldest first). */
    public ReadOnlyObjectProperty<List<LabRow>> labTableProperty() { return labTable.getReadOnlyProperty(); }
    /** Shown instead of the charts when there is nothing to draw; empty otherwise. */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public TrendWords words() { return words; }
    public javafx.beans.property.ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }

    /** Reads the journal again now (the screen calls this when shown after a change). */
    public void refresh() {
        stale = false;
        List<SymptomItem> items = List.copyOf(state.items());
        List<SymptomItem> active = List.copyOf(state.activeItems());
        TrendUnits unitsRead = units();
        // the cycle bands of the range open now, which the first view nearly always keeps: made with the read
        // rather than in the frame that draws its lines (about 10 ms of it; issue 21)
        List<Course> coursesRead = List.copyOf(state.courses());
        DateSpan spanNow = range.span();
        // the alerts are worded, the blood tests offered and the first view's lines built off the UI thread with
        // the read: on the UI thread they were about half of the first visit's chart frame (issue 21)
        ui.tasks().run(() -> {
            List<CheckIn> read = repository.all();
            List<BloodTest> tests = bloodStore == null ? List.of() : bloodStore.all();
            Map<String, TrendSeries> lines = new HashMap<>();
            for (Measure measure : MeasuresViewModel.defaultsFor(active, read)) {
                lines.put(measure.key(), TrendSeriesBuilder.build(measure, read, unitsRead));
            }
            return new Loaded(read, alertRepository == null ? List.of()
                    : markerWords.alerts(alertRepository.between(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31)),
                    items), tests, bloodStore == null ? List.of() : bloodStore.levels(),
                    LabSeries.measuresWithValues(LabCatalog.bundled().all(), tests), active, unitsRead, lines,
                    spanNow == null ? null : CycleBands.of(coursesRead, spanNow));
        }, read -> {
            // every step below asked for the view again (the measures ticked, the cycle compared, the range, the
            // alerts): four views built from ten years of days in the first visit's frame, issue 21
            holdUpdates = true;
            try {
                checkIns = List.copyOf(read.checkIns());
                bloodTests = List.copyOf(read.bloodTests());
                levels = List.copyOf(read.levels());
                measures.setLabs(read.labs());
                alerts.setAll(read.alerts());
                built.clear();
                if (read.units().equals(units()) && read.items().equals(state.activeItems())) {
                    built.putAll(read.lines()); // unless the profile's units or the items changed meanwhile
                }
                if (read.bands() != null && state.courses().equals(coursesRead)) { // unless the courses changed
                    bandsBySpan.put(spanNow, read.bands());
                }
                loaded = true;
                loading.set(false);
                measures.chooseDefaults(checkIns);
                journalExtentChanged();
            } finally {
                holdUpdates = false;
            }
            update();
        }, e -> {
            if (loading.get()) { // nothing to chart: say why where the charts would be, not "Loading…" for ever
                loading.set(false);
                message.set(ui.messages().get("error.read.body"));
            }
            ui.dialogs().showError(ui.messages().get("error.read.title"), ui.messages().get("error.read.body"));
        });
    }

    /** A read, with what was worked out from it off the UI thread for the items and units it was read for. */
    private record Loaded(List<CheckIn> checkIns, List<TrendMarker> alerts, List<BloodTest> bloodTests,
                          List<TeamLevel> levels, List<LabMeasure> labs, List<SymptomItem> items, TrendUnits units,
                          Map<String, TrendSeries> lines, CycleBands bands) { }

    /** "Nausea 6 · Tue 17 Nov 2026, 09:12 · Gemcitabine + docetaxel, cycle 3 day 9". */
    public String describe(Measure measure, TrendPoint point) {
        return words.describe(measure, point, units(), bands.on(point.at().toLocalDate()));
    }

    /** The pointer is over this moment (epoch days): the side note follows the cycle there. */
    public void pointerAt(double x) {
        Optional<BandPosition> at = bands.on(ChartTime.dayAt(x));
        guidance.showCycle(at.map(BandPosition::band).orElseGet(this::defaultBand));
    }

    public void pointerLeft() {
        guidance.showCycle(defaultBand());
    }

    private void refreshIfShown() {
        if (state.screenProperty().get() != Screen.TRENDS) {
            return;
        }
        if (stale) {
            refresh();
        } else if (loaded && bloodStore != null) {
            // saving a blood test does not mark the journal changed, so the draws are read again on every visit
            ui.tasks().run(() -> new Draws(bloodStore.all(), bloodStore.levels()), this::drawsRead, e -> { });
        }
    }

    private record Draws(List<BloodTest> tests, List<TeamLevel> levels) { }

    private void drawsRead(Draws read) {
        if (read.tests().equals(bloodTests) && read.levels().equals(levels)) {
            return;
        }
        bloodTests = List.copyOf(read.tests());
        levels = List.copyOf(read.levels());
        built.keySet().removeIf(key -> key.startsWith("lab:"));
        measures.setLabs(LabSeries.measuresWithValues(LabCatalog.bundled().all(), bloodTests));
        update();
    }

    private void journalExtentChanged() {
        range.setJournal(TrendRanges.of(checkIns, state.courses(), today()));
        update();
    }

    private void selectionChanged() {
        List<Measure> selected = measures.selected();
        if (cycleMeasure.get() == null || selected.stream().noneMatch(m -> m.key().equals(cycleMeasure.get().key()))) {
            cycleMeasure.set(selected.isEmpty() ? null : selected.get(0));
        }
        update();
    }

    private void update() {
        if (!loaded || holdUpdates || range.span() == null) {
            return;
        }
        DateSpan span = range.span();
        if (bandsBySpan.size() > 8) { // a range per day the screen stays open, at most
            bandsBySpan.clear();
        }
        bands = bandsBySpan.computeIfAbsent(span, s -> CycleBands.of(state.courses(), s));
        guidance.showCycle(defaultBand());
        message.set(checkIns.isEmpty() && bloodTests.isEmpty() ? ui.messages().get("trends.empty")
                : measures.selected().isEmpty() ? ui.messages().get("trends.nothingSelected") : "");
        switch (mode.get()) {
            case DATE -> dateView.set(dateView(span));
            case CYCLE -> cycleView.set(cycleView());
            case TABLE -> {
                table.set(TrendTable.of(checkIns, measures.selected().stream()
                        .filter(m -> !(m instanceof LabMeasure)).toList(), bands, span, units()));
                labTable.set(LabTable.of(bloodTests, labsSelected(), bands, span, ui.clock().getZone()));
            }
        }
    }

    private DateView dateView(DateSpan span) {
        List<StyledSeries> lines = new ArrayList<>();
        boolean anyInRange = false;
        for (Measure measure : measures.selected()) {
            TrendSeries full = series(measure);
            anyInRange |= full.segments().stream().flatMap(List::stream)
                    .anyMatch(p -> span.contains(p.at().toLocalDate()));
            TrendSeries shown = full.isEmpty() ? full
                    : Downsampler.downsample(full, span, ui.clock().getZone(), buckets(plotWidth.get()));
            lines.add(new StyledSeries(shown, words.name(measure), measures.styleOf(measure)));
        }
        if (message.get().isEmpty() && !anyInRange) {
            message.set(ui.messages().get("trends.noData", words.formats().date(span.first()),
                    words.formats().date(span.last())));
        }
        List<TrendMarker> markers = markerWords.markers(state.appointments(), checkIns, span);
        alerts.stream().filter(a -> span.contains(a.at().toLocalDate())).forEach(markers::add);
        Map<String, LabLevel> labLevels = new HashMap<>();
        labsSelected().forEach(m -> LabSeries.level(m.test(), levels).ifPresent(l -> labLevels.put(m.key(), l)));
        return new DateView(span, lines, bands.bands(), MarkerGroups.of(markers, span, plotWidth.get()), threshold(),
                thresholdText(), units(), labLevels);
    }

    /** The ticked blood tests, in the chooser's order. */
    private List<LabMeasure> labsSelected() {
        return measures.selected().stream().filter(LabMeasure.class::isInstance).map(LabMeasure.class::cast).toList();
    }

    /** The last cycles of the most recent course with cycles, up to today, for the measure chosen. */
    private CycleView cycleView() {
        Measure measure = cycleMeasure.get();
        Optional<Course> course = state.courses().stream().filter(c -> !c.plan().continuous())
                .filter(c -> !c.calendar().firstDay().isAfter(today()))
                .max(Comparator.comparing(c -> c.calendar().firstDay()));
        if (measure == null || course.isEmpty()) {
            if (message.get().isEmpty()) {
                message.set(ui.messages().get("trends.cycle.none"));
            }
            return null;
        }
        LocalDate first = course.get().calendar().firstDay();
        LocalDate last = course.get().calendar().lastDay().filter(d -> d.isBefore(today())).orElse(today());
        List<CycleBand> courseBands = CycleBands.of(List.of(course.get()), new DateSpan(first, last)).bands();
        List<CycleLine> lines = ByCycleDay.lastCycles(series(measure), courseBands, course.get().id(),
                CYCLES_COMPARED);
        List<String> names = lines.stream().map(l -> ui.messages().get("trends.cycle.legend", l.band().cycle(),
                words.shortDate(l.band().span().first()))).toList();
        if (measure instanceof LabMeasure lab) { // the team's level is the line that matters for a blood count
            Optional<LabLevel> level = LabSeries.level(lab.test(), levels);
            return new CycleView(measure, course.get().plan().name(), lines, names,
                    level.map(l -> OptionalDouble.of(l.value().doubleValue())).orElse(OptionalDouble.empty()),
                    level.map(words::level).orElse(""), units(),
                    lab.test().panel() == LabPanel.BLOOD_COUNT ? lows(measure, lines) : "");
        }
        boolean temperature = ChartKind.of(measure) == ChartKind.TEMPERATURE;
        return new CycleView(measure, course.get().plan().name(), lines, names,
                temperature ? threshold() : OptionalDouble.empty(), thresholdText(), units(), "");
    }

    /**
     * "Lowest measured: cycle 1 day 11, 0.9 ×10⁹/L; …": for a blood count, the low points the draws found, to read
     * beside the expected low-count window.
     */
    private String lows(Measure measure, List<CycleLine> lines) {
        List<String> each = new ArrayList<>();
        for (CycleLine line : lines) {
            ByCycleDay.lowest(line).ifPresent(p -> each.add(ui.messages().get("trends.cycle.low", line.band().cycle(),
                    (int) Math.floor(p.cycleDay()), words.value(measure, p.value(), units()))));
        }
        return each.isEmpty() ? ui.messages().get("trends.cycle.noLows") : ui.messages().get("trends.cycle.lows",
                String.join("; ", each));
    }

    private TrendSeries series(Measure measure) {
        // a blood test's series is built only once it is ticked, from the draws, not the check-ins
        return built.computeIfAbsent(measure.key(), k -> measure instanceof LabMeasure lab
                ? LabSeries.build(lab, bloodTests, ui.clock().getZone()) : TrendSeriesBuilder.build(measure, checkIns, units()));
    }

    private CycleBand defaultBand() {
        List<CycleBand> all = bands.bands();
        return bands.on(today()).map(BandPosition::band).orElse(all.isEmpty() ? null : all.get(all.size() - 1));
    }

    /** The user's fever threshold in the unit they read temperatures in. */
    private OptionalDouble threshold() {
        return OptionalDouble.of(units().temperature().fromCelsius(state.profile().feverThresholdCelsius())
                .setScale(1, RoundingMode.HALF_UP).doubleValue());
    }

    private String thresholdText() {
        return ui.messages().get("trends.threshold", words.value(MeasuresViewModel.TEMPERATURE,
                threshold().getAsDouble(), units()));
    }

    /** The units the user reads temperatures and weights in. */
    public TrendUnits units() {
        return TrendUnits.of(state.profile());
    }

    private LocalDate today() {
        return LocalDate.now(ui.clock());
    }

    /**
     * A bucket (its lowest and highest values kept) per four pixels of the plot, rounded up to 50 buckets so that
     * resizing a window does not redraw at every pixel: a point per two pixels, under a line 2.2 pixels wide,
     * still shows every peak and dip, and painting a long range's zigzag line is most of a ten-year switch on the
     * software pipeline (a bucket per pixel took the switch from 90 to 140 ms; one per two pixels instead of four
     * costs the painting about a fifth more, twelfth session).
     */
    static int buckets(int width) {
        return Math.max(50, (width / 4 + 49) / 50 * 50);
    }
}
