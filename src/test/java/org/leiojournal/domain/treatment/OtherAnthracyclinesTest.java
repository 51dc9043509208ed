package org.leiojournal.domain.treatment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * m4: epirubicin, daunorubicin and idarubicin courses count as anthracyclines. Their doses are listed as recorded,
 * never converted into doxorubicin and never added to its total: no conversion factor is invented.
 */
class OtherAnthracyclinesTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 4);

    private static Course course(String drug, String amount, int cycles) {
        CourseDraft d = CourseDraft.blank(START);
        CourseDraft typed = new CourseDraft(0, Optional.empty(), drug, List.of("21"), List.of(Integer.toString(cycles)),
                List.of(new DrugDraft(0, drug, amount, DoseUnit.MG_PER_M2, Route.INTRAVENOUS, "1")), START, false,
                "1.80", "", "", "", d.care());
        return new CourseValidator().validate(typed, List.of()).value().orElseThrow();
    }

    private static Course given(Course course, String drug, int cycles) {
        List<DoseRecord> doses = new java.util.ArrayList<>();
        for (int c = 1; c <= cycles; c++) {
            doses.add(new DoseRecord(c, 1, drug, DoseOutcome.GIVEN, Optional.empty(), ""));
        }
        return course.withId(7).withHistory(new CourseHistory(List.of(), doses, Optional.empty()));
    }

    @ParameterizedTest(name = "{0} is an anthracycline")
    @ValueSource(strings = {"Epirubicin", "daunorubicin", "IDARUBICIN", "Doxorubicin", "Adriamycin",
            "Pegylated liposomal doxorubicin"})
    void anthracyclinesAreRecognised(String drug) {
        assertTrue(course(drug, "60", 1).plan().phases().get(0).drugs().get(0).anthracycline());
    }

    @ParameterizedTest(name = "{0} is not")
    @ValueSource(strings = {"Gemcitabine", "Trabectedin", "Mitoxantrone"})
    void otherDrugsAreNot(String drug) {
        assertFalse(course(drug, "60", 1).plan().phases().get(0).drugs().get(0).anthracycline());
    }

    @Test
    void epirubicinIsListedApartAndNotAddedToTheDoxorubicinTotal() {
        Course epi = given(course("Epirubicin", "90", 3), "Epirubicin", 3);
        AnthracyclineTotal total = AnthracyclineTotal.of(List.of(epi), new BigDecimal("120"));
        assertEquals(0, total.given().signum(), "no doxorubicin given");
        assertEquals(new BigDecimal("120"), total.total(), "the team's earlier doxorubicin-equivalent total only");
        assertEquals(Map.of("Epirubicin", new BigDecimal("270")), total.others(), "3 × 90 mg/m², as recorded");
        assertTrue(total.doxorubicin().isEmpty());
    }

    @Test
    void doxorubicinAloneHasNoOthers() {
        Course dox = given(course("Doxorubicin", "75", 2), "Doxorubicin", 2);
        AnthracyclineTotal total = AnthracyclineTotal.of(List.of(dox), BigDecimal.ZERO);
        assertEquals(new BigDecimal("150"), total.given());
        assertTrue(total.others().isEmpty());
    }
}
