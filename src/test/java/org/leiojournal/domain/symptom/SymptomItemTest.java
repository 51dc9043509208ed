package org.leiojournal.domain.symptom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leiojournal.domain.validation.Problem;

class SymptomItemTest {

    private static final SymptomItem PAIN = new SymptomItem(1, "esas.pain", "Pain", ItemKind.SCORE, false, 10);
    private static final SymptomItem BREATH =
            new SymptomItem(6, "esas.breath", "Shortness of Breath", ItemKind.SCORE, false, 60);
    private static final SymptomItem MOUTH_SORES = new SymptomItem(11, null, "Mouth sores", ItemKind.SCORE, false, 110);
    private static final SymptomItem VOMITING = new SymptomItem(12, null, "Vomiting", ItemKind.COUNT, true, 120);
    private static final List<SymptomItem> EXISTING = List.of(PAIN, BREATH, MOUTH_SORES, VOMITING);

    private static Optional<String> problemKey(String name, long exceptId) {
        return SymptomItem.nameProblem(name, EXISTING, exceptId).map(Problem::messageKey);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void blankNameIsRefused(String name) {
        Problem problem = SymptomItem.nameProblem(name, EXISTING, 0).orElseThrow();
        assertEquals(SymptomItem.Field.NAME, problem.field());
        assertEquals("item.name.invalid", problem.messageKey());
        assertEquals("item.name.invalid", problemKey(null, 0).orElseThrow());
    }

    /** Review finding m6: the on-screen instruction differs from the paper form, and the acknowledgement says so. */
    @Test
    void theAcknowledgementNamesTheOneWordChangedFromThePaperForm() {
        assertTrue(EsasItem.INSTRUCTION.contains("select") && !EsasItem.INSTRUCTION.contains("circle"));
        assertTrue(EsasItem.ACKNOWLEDGEMENT.contains("“select” where the paper form says “circle”"));
    }

    @Test
    void nameLongerThan60IsRefused() {
        assertEquals(Optional.empty(), problemKey("x".repeat(60), 0));
        assertEquals("item.name.invalid", problemKey("x".repeat(61), 0).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"mouth sores", "MOUTH SORES", "  Mouth Sores  ", "vomiting"})
    void nameTakenIgnoringCaseIsRefused(String name) {
        assertEquals("item.name.taken", problemKey(name, 0).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Pain", "pain", "shortness of breath"})
    void esasNamesAreTaken(String name) {
        assertEquals("item.name.taken", problemKey(name, 0).orElseThrow());
    }

    @Test
    void esasLabelIsTakenEvenIfTheStoredNameDiffers() {
        SymptomItem oddlyStored = new SymptomItem(1, "esas.pain", "Schmerz", ItemKind.SCORE, false, 10);
        assertEquals("Pain", oddlyStored.displayName());
        assertTrue(SymptomItem.nameProblem("pain", List.of(oddlyStored), 0).isPresent());
    }

    @Test
    void itemMayKeepItsOwnNameWhenRenamed() {
        assertEquals(Optional.empty(), problemKey("MOUTH sores", MOUTH_SORES.id()));
        assertEquals("item.name.taken", problemKey("Vomiting", MOUTH_SORES.id()).orElseThrow());
    }

    @Test
    void newNameIsAccepted() {
        assertEquals(Optional.empty(), problemKey("Loose stools", 0));
    }

    @Test
    void esasItemCannotBeRenamed() {
        assertThrows(IllegalStateException.class, () -> PAIN.renamed("Aches"));
        assertEquals("Mouth ulcers", MOUTH_SORES.renamed("Mouth ulcers").displayName());
    }

    @Test
    void builtInCountsCannotBeRenamedButCanBeRetired() {
        SymptomItem stools = new SymptomItem(11, SymptomItem.LOOSE_STOOLS, "Loose stools (times in 24 hours)",
                ItemKind.COUNT, false, 101);
        assertTrue(stools.isBuiltIn());
        assertFalse(stools.isEsas());
        assertEquals("Loose stools (times in 24 hours)", stools.displayName());
        assertThrows(IllegalStateException.class, () -> stools.renamed("Diarrhoea"));
        assertTrue(stools.withRetired(true).retired());
        assertFalse(MOUTH_SORES.isBuiltIn());
    }

    @Test
    void retiringKeepsTheItemOtherwiseTheSame() {
        SymptomItem retired = MOUTH_SORES.withRetired(true);
        assertTrue(retired.retired());
        assertEquals(MOUTH_SORES, retired.withRetired(false));
    }

    @Test
    void customItemNeedsAName() {
        assertThrows(IllegalArgumentException.class, () -> SymptomItem.custom("  ", ItemKind.SCORE));
    }
}
