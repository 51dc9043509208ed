package org.leiojournal.ui.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.catalog.GuidanceCatalog;
import org.leiojournal.domain.lab.BloodTest;
import org.leiojournal.domain.lab.LabResult;
import org.leiojournal.domain.trend.LabMeasure;
import org.leiojournal.domain.trend.LabRow;
import org.leiojournal.domain.trend.Measure;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.ui.common.AppState;
import org.leiojournal.ui.common.Screen;
import org.leiojournal.ui.common.UiContexts;
import org.leiojournal.ui.treatment.RecordingDialogs;

/** Blood tests in the Trends model on a real journal ({@link LabTrendJournal}), without the toolkit. */
class LabTrendsViewModelTest {

    @TempDir
    Path folder;

    private JournalStore store;
    private final AppState state = new AppState();
    private TrendsViewModel model;

    @BeforeEach
    void show() throws Exception {
        store = JournalStore.open(folder, TrendsViewModelTest.CLOCK);
        LabTrendJournal.fill(store);
        state.profileProperty().set(store.profile().load());
        state.items().setAll(store.items().all());
        state.courses().setAll(store.courses().all());
        model = new TrendsViewModel(state, store.checkIns(), store.alerts(), store.bloodTests(),
                UiContexts.inline(new RecordingDialogs(), TrendsViewModelTest.CLOCK), GuidanceCatalog.bundled());
        state.screenProperty().set(Screen.TRENDS);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Measure lab(String id) {
        return model.measures().options().stream().filter(m -> m.key().equals("lab:" + id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " is not offered"));
    }

    private List<String> labsOffered() {
        return model.measures().options().stream().filter(LabMeasure.class::isInstance).map(Measure::key).toList();
    }

    @Test
    void theTableListsEachValueAsEnteredWithTheLabsRangeInWords() {
        model.measures().select(lab("neutrophils"), true);
        model.modeProperty().set(TrendMode.TABLE);

        List<LabRow> rows = model.labTableProperty().get();
        TrendWords words = model.words();
        assertEquals(3, rows.size(), "the last 30 days: 24 Oct, 4 Nov and 14 Nov");
        LabRow perMicrolitre = rows.get(0);
        assertEquals(LabTrendJournal.PER_MICROLITRE, perMicrolitre.at().toLocalDateTime());
        assertEquals("1600 /µL", words.labValue(perMicrolitre), "kept as entered, not converted");
        assertEquals("2000–7500 /µL", words.labRange(perMicrolitre));
        assertEquals("▼ below the range", words.labAgainstRange(perMicrolitre));
        assertEquals("Cycle 1, day 21", words.cycleDay(perMicrolitre.cycle().orElseThrow()), "the day before cycle 2");
        LabRow noRange = rows.get(2);
        assertEquals("2.1 ×10⁹/L", words.labValue(noRange));
        assertEquals("not kept", words.labRange(noRange));
        assertEquals("", words.labAgainstRange(noRange), "no range kept: nothing said either way");
        assertTrue(model.tableProperty().get().measures().stream().noneMatch(LabMeasure.class::isInstance),
                "blood values are not columns of empty check-in rows");
    }

    @Test
    void aValueInsideOrAboveTheLabsRangeIsSaidInWordsToo() {
        store.bloodTests().save(new BloodTest(0, LocalDateTime.of(2026, 11, 20, 8, 0), "", List.of(
                new LabResult("platelets", "450", "10*9/L", java.util.Optional.of(new java.math.BigDecimal("150")),
                        java.util.Optional.of(new java.math.BigDecimal("400"))),
                new LabResult("neutrophils", "2.5", "10*9/L", java.util.Optional.of(new java.math.BigDecimal("2.0")),
                        java.util.Optional.empty()))));
        state.screenProperty().set(Screen.TODAY);
        state.screenProperty().set(Screen.TRENDS);
        model.measures().select(lab("platelets"), true);
        model.measures().select(lab("neutrophils"), true);
        model.modeProperty().set(TrendMode.TABLE);

        List<LabRow> latest = model.labTableProperty().get().stream()
                .filter(r -> r.at().toLocalDate().toString().equals("2026-11-20")).toList();
        assertEquals(List.of("neutrophils", "platelets"), latest.stream().map(r -> r.test().id()).toList(),
                "in the chooser's order: neutrophils first");
        assertEquals("within the range", model.words().labAgainstRange(latest.get(0)));
        assertEquals("≥ 2.0 ×10⁹/L", model.words().labRange(latest.get(0)));
        assertEquals("▲ above the range", model.words().labAgainstRange(latest.get(1)));
    }

    @Test
    void theByCycleViewSetsTheLowPointsFoundBesideTheTeamsLevel() {
        model.measures().select(lab("neutrophils"), true);
        model.cycleMeasureProperty().set(lab("neutrophils"));
        model.modeProperty().set(TrendMode.CYCLE);

        CycleView view = model.cycleViewProperty().get();
        assertEquals(List.of(1, 2, 3), view.lines().stream().map(l -> l.band().cycle()).toList());
        assertEquals(1.5, view.threshold().orElseThrow());
        assertEquals("Your team’s level: at least 1.5 ×10⁹/L", view.thresholdText());
        assertTrue(view.lows().startsWith("Lowest measured: cycle 1 day 11, 0.9 ×10⁹/L; cycle 2 day 11, 1.1 ×10⁹/L."),
                view.lows());
    }

    @Test
    void onlyTestsWithValuesAreOfferedCountsFirstAndANewOneAppearsOnTheNextVisit() {
        assertEquals(List.of("lab:neutrophils", "lab:platelets"), labsOffered());

        store.bloodTests().save(new BloodTest(0, LocalDateTime.of(2026, 11, 21, 8, 0), "",
                List.of(LabResult.number("alt", "31", "U/L"))));
        state.screenProperty().set(Screen.TODAY);
        state.screenProperty().set(Screen.TRENDS);

        assertEquals(List.of("lab:neutrophils", "lab:platelets", "lab:alt"), labsOffered());
    }

    @Test
    void aBloodTestIsNeverTickedUntilTheUserTicksIt() {
        assertTrue(model.measures().selected().stream().noneMatch(LabMeasure.class::isInstance),
                "the first view stays the symptoms and temperature, and stays fast");
    }
}
