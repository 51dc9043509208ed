package org.leiojournal.ui.treatment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leiojournal.TestClocks;
import org.leiojournal.catalog.LabCatalog;
import org.leiojournal.domain.lab.LabTest;
import org.leiojournal.domain.lab.LabUnit;
import org.leiojournal.domain.lab.LevelDirection;
import org.leiojournal.domain.lab.TeamLevel;
import org.leiojournal.domain.lab.TeamLevelValidator;
import org.leiojournal.storage.JournalStore;
import org.leiojournal.ui.common.UiContexts;

/**
 * Issue 22: the team's level for a blood test, kept, replaced and removed through the card's model on a real
 * journal, without the toolkit; each bad input named at its field with nothing saved.
 */
class TeamLevelsModelTest {

    @TempDir
    Path folder;

    private JournalStore store;
    private TeamLevelsModel model;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @BeforeEach
    void open() throws Exception {
        store = JournalStore.open(folder, TestClocks.SUNDAY);
        model = newModel();
    }

    private TeamLevelsModel newModel() {
        return new TeamLevelsModel(store.bloodTests(), LabCatalog.bundled().all(),
                UiContexts.inline(dialogs, TestClocks.SUNDAY));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private LabTest test(String id) {
        return model.tests().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    private LabUnit unit(String testId, String label) {
        return test(testId).units().stream().filter(u -> u.label().equals(label)).findFirst().orElseThrow();
    }

    private void enter(String testId, LevelDirection side, String value, String unitLabel) {
        model.testProperty().set(test(testId));
        model.directionProperty().set(side);
        model.valueProperty().set(value);
        model.unitProperty().set(unit(testId, unitLabel));
    }

    private void assertNothingKept() {
        assertEquals(List.of(), store.bloodTests().levels());
        assertTrue(model.kept().isEmpty());
    }

    @Test
    void numberTestsAreOfferedNeutrophilsAndPlateletsFirstAndNoDipstick() {
        assertEquals("neutrophils", model.tests().get(0).id());
        assertEquals("platelets", model.tests().get(1).id());
        assertTrue(model.tests().stream().allMatch(t -> !t.units().isEmpty()), "only tests with a number and unit");
        assertTrue(model.kept().isEmpty());
    }

    @Test
    void aLevelIsKeptInTheUnitTypedThenReplacedThenRemoved() {
        enter("neutrophils", LevelDirection.AT_LEAST, "1.5", "×10⁹/L");
        model.save();
        assertEquals(new TeamLevel("neutrophils", LevelDirection.AT_LEAST, new BigDecimal("1.5"), "10*9/L"),
                store.bloodTests().level("neutrophils").orElseThrow());
        assertEquals(List.of("Neutrophils: at least 1.5 ×10⁹/L"), model.kept());
        assertEquals("Kept: Neutrophils: at least 1.5 ×10⁹/L.", model.statusProperty().get());

        // the team changed it: saving replaces that test's level, the list keeps one line for it
        enter("neutrophils", LevelDirection.AT_LEAST, "1000", "/µL");
        model.save();
        assertEquals(1, store.bloodTests().levels().size());
        assertEquals(List.of("Neutrophils: at least 1000 /µL"), model.kept());

        model.remove();
        assertNothingKept();
        assertEquals("The level for Neutrophils is removed.", model.statusProperty().get());
        assertEquals("", model.valueProperty().get(), "the form no longer shows the removed level");
        assertNull(model.directionProperty().get());
        model.remove();
        assertEquals("No level is kept for Neutrophils, so there is nothing to remove.", model.statusProperty().get());
    }

    @Test
    void choosingATestShowsItsKeptLevelAndTheListFollowsTheTestsOrderWithoutBloodPressure() {
        store.bloodTests().setLevel(new TeamLevel("systolic", LevelDirection.AT_MOST, new BigDecimal("150"), "mm[Hg]"));
        enter("haemoglobin", LevelDirection.AT_LEAST, "9", "g/dL");
        model.save();
        enter("platelets", LevelDirection.AT_LEAST, "100", "×10⁹/L");
        model.save();
        enter("neutrophils", LevelDirection.AT_LEAST, "1.5", "×10⁹/L");
        model.save();
        assertEquals(List.of("Neutrophils: at least 1.5 ×10⁹/L", "Platelets: at least 100 ×10⁹/L",
                "Haemoglobin (Hb): at least 9 g/dL"), newModel().kept(), "blood pressure has its own card");

        model.testProperty().set(test("haemoglobin"));
        assertEquals("9", model.valueProperty().get());
        assertEquals("g/dL", model.unitProperty().get().label());
        assertEquals(LevelDirection.AT_LEAST, model.directionProperty().get());
        assertEquals(List.of("g/L", "g/dL", "mmol/L"), model.units().stream().map(LabUnit::label).toList());
        model.testProperty().set(test("alt"));
        assertEquals("", model.valueProperty().get(), "no level kept for ALT: an empty form, nothing suggested");
        assertNull(model.directionProperty().get());
        assertEquals("U/L", model.unitProperty().get().label());
    }

    @Test
    void emptyFormNamesEachFieldAndKeepsNothing() {
        model.save();
        assertEquals("Choose the blood test your team gave a level for.", model.errors().get(TeamLevelValidator.Field.TEST));
        assertEquals("Choose “at least” or “at most”, as your team said it.",
                model.errors().get(TeamLevelValidator.Field.DIRECTION));
        assertEquals("Enter the level your team gave you, e.g. 1.5.", model.errors().get(TeamLevelValidator.Field.VALUE));
        assertNothingKept();
        model.remove();
        assertEquals("Choose the blood test your team gave a level for.", model.errors().get(TeamLevelValidator.Field.TEST));
    }

    @Test
    void lettersAndANegativeNumberAreRefusedAtTheValue() {
        enter("neutrophils", LevelDirection.AT_LEAST, "one and a half", "×10⁹/L");
        model.save();
        assertEquals("Enter the level as a number, e.g. 1.5: digits and one decimal point only.",
                model.errors().get(TeamLevelValidator.Field.VALUE));
        assertNothingKept();

        model.valueProperty().set("-1.5");
        assertNull(model.errors().get(TeamLevelValidator.Field.VALUE), "typing again clears the message");
        model.save();
        assertEquals("A level cannot be below zero. Enter the number your team gave you.",
                model.errors().get(TeamLevelValidator.Field.VALUE));
        assertNothingKept();
    }

    @Test
    void aUnitTheTestIsNotMeasuredInIsRefusedAtTheUnit() {
        enter("neutrophils", LevelDirection.AT_LEAST, "1.5", "×10⁹/L");
        model.unitProperty().set(test("haemoglobin").unit("g/dL").orElseThrow());
        model.save();
        assertEquals("Neutrophils is not printed in this unit. Choose one of: ×10⁹/L, ×10³/µL, /µL, /mm³.",
                model.errors().get(TeamLevelValidator.Field.UNIT));
        assertNothingKept();
        model.unitProperty().set(null);
        model.save();
        assertTrue(model.errors().containsKey(TeamLevelValidator.Field.UNIT), "no unit chosen");
        assertNothingKept();
    }

    @Test
    void aValueNoLevelCouldBeIsCaughtAtTheBoundaryOfPossibleValues() {
        enter("neutrophils", LevelDirection.AT_LEAST, "200.1", "×10⁹/L");
        model.save();
        assertEquals("200.1 ×10⁹/L cannot be a level for Neutrophils. Check the number and the unit your team gave.",
                model.errors().get(TeamLevelValidator.Field.VALUE));
        assertNothingKept();

        model.valueProperty().set("200");
        model.save();
        assertEquals("200", store.bloodTests().level("neutrophils").orElseThrow().value().toPlainString(),
                "200 ×10⁹/L is the most the catalogue allows: a typing check, not a judgement");
        assertTrue(model.errors().isEmpty());
    }
}
