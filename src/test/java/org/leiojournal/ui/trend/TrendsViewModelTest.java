package org.leiojournal.ui.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.catalog.GuidanceCatalog;
import org.leiojournal.domain.guidance.GuidanceCategory;
import org.leiojournal.domain.guidance.GuidanceLibrary;
import org.leiojournal.domain.guidance.GuidancePanel;
import org.leiojournal.domain.guidance.GuidanceSource;
import org.leiojournal.domain.guidance.GuidanceTopics;
import org.leiojournal.domain.measure.TemperatureUnit;
import org.leiojournal.domain.profile.Profile;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.Recorder;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.domain.trend.ChartKind;
import org.leiojournal.domain.trend.CycleBand;
import org.leiojournal.domain.trend.CycleLine;
import org.leiojournal.domain.trend.DateSpan;
import org.leiojournal.domain.trend.ItemMeasure;
import org.leiojournal.domain.trend.Measure;
import org.leiojournal.domain.trend.TrendPoint;
import org.leiojournal.domain.trend.TrendRange;
import org.leiojournal.domain.trend.TrendRow;
import org.leiojournal.domain.trend.TrendSeries;
import org.leiojournal.domain.trend.TrendTable;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.ui.common.AppState;
import org.leiojournal.ui.common.Screen;
import org.leiojournal.ui.common.UiContexts;
import org.leiojournal.ui.treatment.RecordingDialogs;

/** The Trends model on a real journal (see {@link TrendJournal}), without the toolkit. */
class TrendsViewModelTest {

    /** 09:30 in London on Sunday 22 November 2026: cycle 3 day 8. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:30:00Z"), TrendJournal.LONDON);

    @TempDir
    Path folder;

    private JournalStore store;
    private final AppState state = new AppState();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private TrendsViewModel model;
    private ItemMeasure nausea;
    private ItemMeasure pain;

    @BeforeEach
    void open() throws Exception {
        store = JournalStore.open(folder, CLOCK);
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Fills the journal, builds the model as the window does, and shows the Trends screen. */
    private void show(GuidanceLibrary library) {
        TrendJournal.fill(store);
        state.profileProperty().set(store.profile().load());
        state.items().setAll(store.items().all());
        state.courses().setAll(store.courses().all());
        model = new TrendsViewModel(state, store.checkIns(), store.alerts(),
                UiContexts.inline(dialogs, CLOCK), library);
        nausea = measure("esas.nausea");
        pain = measure("esas.pain");
        state.screenProperty().set(Screen.TRENDS);
    }

    private void show() {
        show(GuidanceCatalog.bundled());
    }

    @Test
    void everyAlertTheJournalRaisedIsMarkedWhereItWasRaised() {
        ZonedDateTime evening = ZonedDateTime.of(2026, 11, 20, 21, 15, 0, 0, TrendJournal.LONDON);
        var check = new org.leiojournal.domain.alert.AlertEvaluator(org.leiojournal.catalog.AlertRuleCatalog.bundled())
                .checkWith(store.items().all(), new BigDecimal("37.5"), 0, List.of());
        store.checkIns().save(new CheckIn(0, CheckIn.newUid(), evening, Recorder.PATIENT, Map.of(), "",
                org.leiojournal.domain.measure.Temperature.celsius("38.4"), null, "", java.util.Set.of()), check);
        show();

        List<org.leiojournal.domain.trend.TrendMarker> alerts = model.dateViewProperty().get().markers().stream()
                .filter(m -> m.kind() == org.leiojournal.domain.trend.TrendMarker.Kind.CALL_NOW).toList();
        assertEquals(1, alerts.size(), "the fever alert is on the chart");
        assertEquals(evening, alerts.get(0).at());
        assertEquals("Temperature 38.4 °C", alerts.get(0).label());
    }

    @Test
    void anAlertIsMarkedInItsTierSoTellSoonNeverLooksLikeCallNow() {
        ZonedDateTime morning = ZonedDateTime.of(2026, 11, 21, 9, 0, 0, 0, TrendJournal.LONDON);
        long appetite = store.items().all().stream().filter(i -> i.code().equals("esas.appetite")).findFirst()
                .orElseThrow().id();
        var check = new org.leiojournal.domain.alert.AlertEvaluator(org.leiojournal.catalog.AlertRuleCatalog.bundled())
                .checkWith(store.items().all(), new BigDecimal("37.5"), 0, List.of());
        store.checkIns().save(new CheckIn(0, CheckIn.newUid(), morning, Recorder.PATIENT, Map.of(appetite, 8), "",
                null, null, "", java.util.Set.of()), check);
        show();

        List<org.leiojournal.domain.trend.TrendMarker> marked = model.dateViewProperty().get().markers().stream()
                .filter(m -> m.at().equals(morning)).toList();
        assertEquals(List.of(org.leiojournal.domain.trend.TrendMarker.Kind.TELL_SOON),
                marked.stream().map(org.leiojournal.domain.trend.TrendMarker::kind).toList(),
                "lack of appetite 8 is an alert to tell the team, not to call now");
    }

    @Test
    void nothingIsReadUntilTheScreenIsShown() {
        TrendJournal.fill(store);
        state.profileProperty().set(store.profile().load());
        model = new TrendsViewModel(state, store.checkIns(), UiContexts.inline(dialogs, CLOCK),
                GuidanceCatalog.bundled());
        assertNull(model.dateViewProperty().get());
        state.screenProperty().set(Screen.TRENDS);
        assertTrue(model.dateViewProperty().get() != null);
    }

    @Test
    void theJournalsReadIsChartedOnceFromAllOfIt() {
        TrendJournal.fill(store);
        state.profileProperty().set(store.profile().load());
        state.items().setAll(store.items().all());
        state.courses().setAll(store.courses().all());
        model = new TrendsViewModel(state, store.checkIns(), store.alerts(), UiContexts.inline(dialogs, CLOCK),
                GuidanceCatalog.bundled());
        List<DateView> views = new java.util.ArrayList<>();
        // every view made, equal or not: an invalidation listener that reads the view is told of each new one
        model.dateViewProperty().addListener(o -> views.add(model.dateViewProperty().get()));

        state.screenProperty().set(Screen.TRENDS);

        // each view is ten years of days cut, thinned and marked on the UI thread (issue 21)
        assertEquals(1, views.size(), "one view, made once the ticks, the range and the alerts are all in");
        assertEquals(List.of("Pain", "Nausea", "Temperature"),
                views.get(0).lines().stream().map(StyledSeries::name).toList());
    }

    @Test
    void theFirstViewShowsTheLatestScoresAndTemperatureWithTheFeverPanel() {
        show();
        // 21 Nov (cycle 3 day 7) scored nausea 4 and pain 3
        assertEquals(List.of(pain.key(), nausea.key(), MeasuresViewModel.TEMPERATURE.key()),
                model.measures().selected().stream().map(Measure::key).toList());
        assertEquals("fever-infection", model.guidance().panelProperty().get().id());
        DateView view = model.dateViewProperty().get();
        assertEquals(List.of("Pain", "Nausea", "Temperature"), view.lines().stream().map(StyledSeries::name).toList());
        assertEquals("", model.messageProperty().get());
    }

    @Test
    void anUnansweredDayBreaksTheLineAndIsNeverZero() {
        show();
        model.measures().select(pain, false);
        model.measures().select(MeasuresViewModel.TEMPERATURE, false);
        TrendSeries line = model.dateViewProperty().get().lines().get(0).series();
        assertEquals(nausea.key(), line.measure().key());
        assertEquals(2, line.segments().size(), "broken at 17 November");
        assertEquals(LocalDate.of(2026, 11, 16), last(line.segments().get(0)).at().toLocalDate());
        assertEquals(LocalDate.of(2026, 11, 18), line.segments().get(1).get(0).at().toLocalDate());
        assertTrue(line.segments().stream().flatMap(List::stream).noneMatch(p -> p.value() == 0));
    }

    @Test
    void ticksChooseTheChartsAndTheLastTickedShowsItsGuidance() {
        show();
        model.measures().select(MeasuresViewModel.WEIGHT, true);
        assertEquals(List.of(ChartKind.SCORES, ChartKind.SCORES, ChartKind.TEMPERATURE, ChartKind.WEIGHT),
                model.dateViewProperty().get().lines().stream().map(l -> ChartKind.of(l.series().measure())).toList());
        assertTrue(model.dateViewProperty().get().linesOf(ChartKind.WEIGHT).get(0).series().isEmpty(),
                "no weight was recorded: an empty line, never zeros");
        model.measures().select(nausea, false);
        model.measures().select(nausea, true);
        assertEquals(model.guidance().panelProperty().get() == null,
                model.guidance().hintProperty().get().contains("Nausea"), "a panel for nausea, or a hint naming it");
        model.measures().select(MeasuresViewModel.TEMPERATURE, false);
        model.measures().select(MeasuresViewModel.TEMPERATURE, true);
        assertEquals("fever-infection", model.guidance().panelProperty().get().id());
        for (Measure m : List.copyOf(model.measures().selected())) {
            model.measures().select(m, false);
        }
        assertEquals("Tick a symptom, a measurement or a blood test on the left to see it here.", model.messageProperty().get());
    }

    @Test
    void temperatureAndItsThresholdAreInTheUsersUnit() {
        show();
        Profile celsius = state.profile();
        state.profileProperty().set(new Profile(celsius.patientName(), celsius.usualRecorder(),
                TemperatureUnit.FAHRENHEIT, celsius.weightUnit(), new BigDecimal("38.0"), true));
        DateView view = model.dateViewProperty().get();
        assertEquals(100.4, view.threshold().getAsDouble(), 1e-9);
        assertEquals("Your team’s threshold 100.4 °F", view.thresholdText());
        TrendSeries temperature = view.linesOf(ChartKind.TEMPERATURE).get(0).series();
        assertEquals(97.9, temperature.segments().get(0).get(0).value(), 1e-9, "36.6 °C");
    }

    @Test
    void linesBuiltWithTheReadInTheUnitsOfThenAreNotShownOnceTheUnitsChanged() {
        List<Runnable> uiThread = trendsOpenedWithTheReadsEndHeld(); // the first view's lines built, in °C

        Profile celsius = state.profile();
        state.profileProperty().set(new Profile(celsius.patientName(), celsius.usualRecorder(),
                TemperatureUnit.FAHRENHEIT, celsius.weightUnit(), new BigDecimal("38.0"), true));
        uiThread.forEach(Runnable::run); // the read is back after the change

        TrendSeries temperature = model.dateViewProperty().get().linesOf(ChartKind.TEMPERATURE).get(0).series();
        assertEquals(97.9, temperature.segments().get(0).get(0).value(), 1e-9, "36.6 °C, in the unit now chosen");
    }

    @Test
    void bandsMadeWithTheReadAreNotShownOnceTheCoursesChanged() {
        List<Runnable> uiThread = trendsOpenedWithTheReadsEndHeld(); // the 30 days' cycle bands made with the read

        state.courses().clear(); // the course deleted before the read is back
        uiThread.forEach(Runnable::run);

        assertTrue(model.dateViewProperty().get().bands().isEmpty(), "no cycle band once the course is gone");
        state.courses().setAll(store.courses().all());
        assertFalse(model.dateViewProperty().get().bands().isEmpty(), "this month's cycles, the course back");
    }

    @Test
    void theFeverPanelTheFirstViewExplainsShowsWhileTheJournalIsRead() {
        TrendJournal.fill(store);
        state.profileProperty().set(store.profile().load());
        state.items().setAll(store.items().all());
        List<Runnable> uiThread = new java.util.ArrayList<>();
        model = modelWithTheReadsEndHeldIn(uiThread);
        state.screenProperty().set(Screen.TRENDS);

        // made with the screen, not in the frame that draws the read's lines (issue 21)
        assertEquals("fever-infection", model.guidance().panelProperty().get().id(), "before the read is back");
        uiThread.forEach(Runnable::run);
        assertEquals("fever-infection", model.guidance().panelProperty().get().id());
    }

    @Test
    void theRangeLabelFollowsPresetsZoomAndPan() {
        show();
        RangeViewModel range = model.range();
        assertEquals("Sat 24 Oct 2026 – Sun 22 Nov 2026 (30 days)", range.labelProperty().get());
        range.zoomIn();
        assertEquals("Sat 31 Oct 2026 – Sat 14 Nov 2026 (15 days)", range.labelProperty().get());
        assertNull(range.presetProperty().get());
        range.earlier();
        assertEquals("Sat 24 Oct 2026 – Sat 7 Nov 2026 (15 days)", range.labelProperty().get());
        range.panDays(3);
        assertEquals("Tue 27 Oct 2026 – Tue 10 Nov 2026 (15 days)", range.labelProperty().get());
        range.choose(TrendRange.ALL);
        assertEquals("Sun 4 Oct 2026 – Sun 22 Nov 2026 (50 days)", range.labelProperty().get(),
                "the whole journal starts with the course and the first check-in");
        range.panDays(-10);
        assertEquals("Sun 4 Oct 2026 – Sun 22 Nov 2026 (50 days)", range.labelProperty().get(), "nothing before");
        range.choose(TrendRange.DAYS_30);
        range.zoomOut();
        assertEquals("Sun 4 Oct 2026 – Sun 22 Nov 2026 (50 days)", range.labelProperty().get(),
                "never wider than the journal");
    }

    @Test
    void aCustomRangeNeedsBothDaysInOrder() {
        show();
        RangeViewModel range = model.range();
        range.openCustom();
        assertEquals(LocalDate.of(2026, 10, 24), range.customFromProperty().get(), "starts from the range shown");
        range.customToProperty().set(null);
        assertFalse(range.applyCustom());
        assertEquals("Enter the last day, for example 22/11/2026.", range.errors().get(RangeViewModel.Field.TO));
        range.customToProperty().set(LocalDate.of(2026, 10, 1));
        assertFalse(range.applyCustom());
        assertEquals("The last day is before the first day.", range.errors().get(RangeViewModel.Field.TO));
        assertEquals("Sat 24 Oct 2026 – Sun 22 Nov 2026 (30 days)", range.labelProperty().get(), "unchanged");
        range.customFromProperty().set(LocalDate.of(2026, 9, 1));
        range.customToProperty().set(LocalDate.of(2026, 10, 10));
        assertTrue(range.applyCustom());
        assertTrue(range.errors().isEmpty());
        assertEquals("Tue 1 Sept 2026 – Sat 10 Oct 2026 (40 days)", range.labelProperty().get());
        assertEquals(new DateSpan(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 10)),
                model.dateViewProperty().get().span());
    }

    @Test
    void aPointIsDescribedWithItsCycleDay() {
        show();
        TrendPoint point = new TrendPoint(ZonedDateTime.of(LocalDate.of(2026, 11, 16), LocalTime.of(9, 0),
                TrendJournal.LONDON), 6);
        assertEquals("Nausea 6 · Mon 16 Nov 2026, 09:00 · Gemcitabine + docetaxel, cycle 3 day 2",
                model.describe(nausea, point));
        TrendPoint before = new TrendPoint(ZonedDateTime.of(LocalDate.of(2026, 10, 1), LocalTime.of(20, 5),
                TrendJournal.LONDON), 37.2);
        assertEquals("Temperature 37.2 °C · Thu 1 Oct 2026, 20:05",
                model.describe(MeasuresViewModel.TEMPERATURE, before), "before the course: no cycle");
    }

    @Test
    void theDrugNoteFollowsTheCycleUnderThePointer() {
        show(new GuidanceLibrary(List.of(drugPanel("gemcitabine", "Gemcitabine"),
                drugPanel("docetaxel", "Docetaxel"))));
        assertEquals("Gemcitabine + docetaxel, cycle 3: about its drugs",
                model.guidance().drugHeadingProperty().get(), "today's cycle while nothing is pointed at");
        assertEquals(List.of("gemcitabine", "docetaxel"),
                model.guidance().drugNotes().stream().map(GuidancePanel::id).toList());
        model.range().choose(TrendRange.ALL);
        model.pointerAt(ChartTime.of(ZonedDateTime.of(LocalDate.of(2026, 10, 30), LocalTime.NOON, TrendJournal.LONDON)));
        assertEquals("Gemcitabine + docetaxel, cycle 2: about its drugs",
                model.guidance().drugHeadingProperty().get());
        model.pointerLeft();
        assertTrue(model.guidance().drugHeadingProperty().get().contains("cycle 3"));
    }

    @Test
    void aRangeSwitchShowingTheSameCycleLeavesItsDrugNotesAsTheyWere() {
        show(new GuidanceLibrary(List.of(drugPanel("gemcitabine", "Gemcitabine"),
                drugPanel("docetaxel", "Docetaxel"))));
        int[] changes = {0};
        model.guidance().drugNotes().addListener((javafx.collections.ListChangeListener<GuidancePanel>) c -> changes[0]++);
        model.guidance().drugHeadingProperty().addListener(o -> changes[0]++);
        model.range().choose(TrendRange.ALL);
        model.range().choose(TrendRange.DAYS_30);
        assertEquals(0, changes[0], "the side's notes are not built again for the same cycle");
        assertEquals(List.of("gemcitabine", "docetaxel"),
                model.guidance().drugNotes().stream().map(GuidancePanel::id).toList());
        model.pointerAt(ChartTime.of(ZonedDateTime.of(LocalDate.of(2026, 10, 30), LocalTime.NOON, TrendJournal.LONDON)));
        assertEquals(1, changes[0], "another cycle's: its heading changes, the same two drugs' notes do not");
    }

    @Test
    void theBandsKeptForEachRangeFollowAChangeOfTheCourses() {
        show();
        model.range().choose(TrendRange.ALL);
        List<CycleBand> tenYears = model.dateViewProperty().get().bands();
        model.range().choose(TrendRange.DAYS_30);
        assertFalse(model.dateViewProperty().get().bands().isEmpty(), "this month's cycles");
        model.range().choose(TrendRange.ALL);
        assertEquals(tenYears, model.dateViewProperty().get().bands(), "ten years again, as they were");
        state.courses().clear();
        assertTrue(model.dateViewProperty().get().bands().isEmpty(), "the course deleted: no band on ten years");
        model.range().choose(TrendRange.DAYS_30);
        assertTrue(model.dateViewProperty().get().bands().isEmpty(), "nor on the 30 days kept from before");
    }

    @Test
    void theByCycleViewHasOneLinePerCycleUpToToday() {
        show();
        model.cycleMeasureProperty().set(nausea);
        model.modeProperty().set(TrendMode.CYCLE);
        CycleView view = model.cycleViewProperty().get();
        assertEquals(List.of("Cycle 1 (from 4 Oct)", "Cycle 2 (from 25 Oct)", "Cycle 3 (from 15 Nov)"), view.names());
        CycleLine third = view.lines().get(2);
        assertEquals(2.375, third.segments().get(0).get(1).cycleDay(), 1e-9, "16 Nov 09:00 is day 2 and 9/24");
        assertEquals(6, third.segments().get(0).get(1).value());
        assertEquals("Gemcitabine + docetaxel", view.regimen());
    }

    @Test
    void theTableLeavesAnUnansweredItemEmpty() {
        show();
        model.modeProperty().set(TrendMode.TABLE);
        TrendTable table = model.tableProperty().get();
        assertEquals(29, table.rows().size(), "24 Oct – 21 Nov");
        TrendRow unanswered = table.rows().stream()
                .filter(r -> r.at().toLocalDate().equals(TrendJournal.NAUSEA_UNANSWERED)).findFirst().orElseThrow();
        assertTrue(table.value(unanswered, measureIn(table, nausea)).isEmpty());
        assertEquals(3, table.value(unanswered, measureIn(table, pain)).getAsDouble());
    }

    @Test
    void aCheckInSavedElsewhereAppearsWhenTrendsIsShownAgain() {
        show();
        state.screenProperty().set(Screen.TODAY);
        SymptomItem item = TrendJournal.item(store, "esas.nausea");
        store.checkIns().save(new CheckIn(0, CheckIn.newUid(), ZonedDateTime.of(LocalDate.of(2026, 11, 22),
                LocalTime.of(8, 0), TrendJournal.LONDON), Recorder.PATIENT, Map.of(item.id(), 9), "", null, null, ""));
        state.journalChanged();
        TrendSeries before = line(nausea);
        assertEquals(4, last(last(before.segments())).value(), "not read while another screen shows");
        state.screenProperty().set(Screen.TRENDS);
        assertEquals(9, last(last(line(nausea).segments())).value());
    }

    @Test
    void anEmptyJournalSaysWhatWillAppear() {
        state.profileProperty().set(store.profile().load());
        state.items().setAll(store.items().all());
        model = new TrendsViewModel(state, store.checkIns(), UiContexts.inline(dialogs, CLOCK),
                GuidanceCatalog.bundled());
        state.screenProperty().set(Screen.TRENDS);
        assertTrue(model.messageProperty().get().startsWith("Nothing to chart yet."));
        assertEquals(List.of(MeasuresViewModel.TEMPERATURE), model.measures().selected());
        model.range().choose(TrendRange.ALL);
        assertEquals("Sun 22 Nov 2026 – Sun 22 Nov 2026 (1 day)", model.range().labelProperty().get());
    }

    private TrendSeries line(Measure measure) {
        return model.dateViewProperty().get().lines().stream().filter(l -> l.series().measure().key()
                .equals(measure.key())).findFirst().orElseThrow().series();
    }

    private ItemMeasure measure(String code) {
        return (ItemMeasure) model.measures().options().stream()
                .filter(m -> m instanceof ItemMeasure i && code.equals(i.item().code())).findFirst().orElseThrow();
    }

    private static Measure measureIn(TrendTable table, Measure measure) {
        return table.measures().stream().filter(m -> m.key().equals(measure.key())).findFirst().orElseThrow();
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }

    private static GuidancePanel drugPanel(String id, String drug) {
        return new GuidancePanel(id, drug, GuidanceCategory.DRUG, "About " + drug + ".", List.of(),
                List.of("A temperature at your threshold."),
                new GuidanceTopics(List.of(), List.of(), List.of(), List.of(drug), List.of()), List.of(),
                List.of(new GuidanceSource("Test source", "")), LocalDate.of(2026, 11, 1),
                LocalDate.of(2027, 11, 1));
    }

    /**
     * The sample journal read, Trends opened on it and the read's end held in the returned list (the UI thread's
     * part of the read, not yet run).
     */
    private List<Runnable> trendsOpenedWithTheReadsEndHeld() {
        TrendJournal.fill(store);
        state.profileProperty().set(store.profile().load());
        state.items().setAll(store.items().all());
        state.courses().setAll(store.courses().all());
        List<Runnable> uiThread = new java.util.ArrayList<>();
        model = modelWithTheReadsEndHeldIn(uiThread);
        state.screenProperty().set(Screen.TRENDS);
        return uiThread;
    }

    /** A model whose reads run at once and whose results wait in {@code uiThread} until the test runs them. */
    private TrendsViewModel modelWithTheReadsEndHeldIn(List<Runnable> uiThread) {
        return new TrendsViewModel(state, store.checkIns(), store.alerts(), new org.leiojournal.ui.common.UiContext(
                new org.leiojournal.ui.common.BackgroundTasks(Runnable::run, uiThread::add), dialogs,
                new org.leiojournal.ui.common.Messages(java.util.Locale.UK), CLOCK), GuidanceCatalog.bundled());
    }
}
