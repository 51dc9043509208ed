package org.leiojournal.catalog;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leiojournal.domain.guidance.GuidanceLibrary;
import org.leiojournal.domain.guidance.GuidancePanel;
import org.leiojournal.domain.treatment.DrugPlan;
import org.leiojournal.domain.treatment.Phase;
import org.leiojournal.domain.treatment.Regimen;

/**
 * Each regimen panel describes its template's own schedule in words, so the page and the calendar cannot
 * disagree: the cycle length as "21-day cycle" (or "every day" and "no cycles" for tablets taken daily), each
 * drug's days as "day 1", "days 1 and 8", "days 1, 8 and 15" or "days 1 to 5", and the usual number of cycles.
 */
class RegimenPanelTest {

    private static final GuidanceLibrary LIBRARY = GuidanceCatalog.bundled();

    static Stream<Regimen> templates() {
        return RegimenCatalog.bundled().all().stream();
    }

    @ParameterizedTest
    @MethodSource("templates")
    void thePanelStatesTheTemplatesCycleDaysAndLength(Regimen regimen) {
        GuidancePanel panel = LIBRARY.forRegimen(regimen.id()).orElseThrow();
        String text = GuidanceClaimsTest.readerText(panel);
        for (Phase phase : regimen.phases()) {
            if (phase.continuous()) {
                assertContains(text, "every day", panel);
                assertContains(text, "no cycles", panel);
                continue;
            }
            assertContains(text, phase.cycleLengthDays() + "-day cycle", panel);
            for (DrugPlan drug : phase.drugs()) {
                assertContains(text, days(drug.days()), panel);
            }
            phase.usualCycles().ifPresent(n -> assertContains(text, n + " cycles", panel));
        }
    }

    @ParameterizedTest
    @MethodSource("templates")
    void thePanelSaysTheTeamsProtocolReplacesTheTemplate(Regimen regimen) {
        GuidancePanel panel = LIBRARY.forRegimen(regimen.id()).orElseThrow();
        assertContains(GuidanceClaimsTest.readerText(panel), "protocol replaces this template", panel);
    }

    /** The days of a cycle as the panels write them. */
    static String days(List<Integer> days) {
        if (days.size() == 1) {
            return "day " + days.get(0);
        }
        boolean run = days.size() > 2 && days.get(days.size() - 1) - days.get(0) == days.size() - 1;
        if (run) {
            return "days " + days.get(0) + " to " + days.get(days.size() - 1);
        }
        String head = days.subList(0, days.size() - 1).stream().map(String::valueOf).collect(Collectors.joining(", "));
        return "days " + head + " and " + days.get(days.size() - 1);
    }

    private static void assertContains(String text, String expected, GuidancePanel panel) {
        assertTrue(text.contains(expected), panel.id() + " should say \"" + expected + "\"");
    }
}
