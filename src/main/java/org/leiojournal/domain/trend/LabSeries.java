package org.leiojournal.domain.trend;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.leiojournal.domain.lab.BloodTest;
import org.leiojournal.domain.lab.LabKind;
import org.leiojournal.domain.lab.LabResult;
import org.leiojournal.domain.lab.LabTest;
import org.leiojournal.domain.lab.LabUnit;
import org.leiojournal.domain.lab.TeamLevel;
import org.leiojournal.domain.lab.UnitConverter;

/**
 * Turns the journal's blood tests into a chart series for one test: every value in the catalogue's main unit (a
 * platelet count typed as 150000 /µL is drawn at 150 ×10⁹/L), at the draw's wall-clock time in the user's zone. The
 * values themselves stay as entered; only the drawing converts them.
 */
public final class LabSeries {

    /**
     * Draws more than this many days apart are not joined by a line: a count before each 3-week cycle and one at its
     * low point join, even with a cycle put back by up to three weeks; a break in treatment does not.
     */
    public static final int MAX_GAP_DAYS = 42;

    /** Tests shown first in the list: the counts that decide whether a cycle goes ahead. */
    private static final List<String> FIRST = List.of("neutrophils", "platelets");

    private LabSeries() {
    }

    /**
     * Returns the series of {@code measure} over these blood tests (any order), oldest draw first. A value that is
     * a word, or in a unit the catalogue does not list for the test, is left out of the chart (the table still
     * shows it). No such values gives an empty series.
     */
    public static TrendSeries build(LabMeasure measure, Collection<BloodTest> tests, ZoneId zone) {
        LabTest test = measure.test();
        List<List<TrendPoint>> segments = new ArrayList<>();
        List<TrendPoint> current = new ArrayList<>();
        BloodTest previous = null;
        for (BloodTest draw : tests.stream().sorted(Comparator.comparing(BloodTest::drawnAt)).toList()) {
            Optional<BigDecimal> value = draw.result(test.id()).flatMap(r -> inMainUnit(test, r));
            if (value.isEmpty()) {
                continue;
            }
            if (previous != null && ChronoUnit.DAYS.between(previous.drawnAt().toLocalDate(),
                    draw.drawnAt().toLocalDate()) > MAX_GAP_DAYS) {
                segments.add(current);
                current = new ArrayList<>();
            }
            current.add(new TrendPoint(draw.drawnAt().atZone(zone), value.get().doubleValue()));
            previous = draw;
        }
        segments.add(current);
        return new TrendSeries(measure, segments);
    }

    /** The value in the test's main unit; empty for a word or a unit the test is not printed in. */
    public static Optional<BigDecimal> inMainUnit(LabTest test, LabResult result) {
        Optional<LabUnit> unit = test.kind() == LabKind.NUMBER ? test.unit(result.unit()) : Optional.empty();
        return unit.flatMap(u -> result.number().map(n -> UnitConverter.toMain(test, n, u)));
    }

    /**
     * The care team's level for this test in the test's main unit, to draw beside its values; empty when the team
     * gave none, or gave it in a unit the catalogue does not list for the test (it is never guessed).
     */
    public static Optional<LabLevel> level(LabTest test, Collection<TeamLevel> levels) {
        if (test.kind() != LabKind.NUMBER) {
            return Optional.empty();
        }
        return levels.stream().filter(l -> l.measure().equals(test.id())).findFirst()
                .flatMap(l -> test.unit(l.unit()).map(u -> new LabLevel(l.direction(),
                        UnitConverter.toMain(test, l.value(), u), test.mainUnit())));
    }

    /**
     * The tests the chooser offers: the catalogue's number tests that have at least one value in these blood tests,
     * neutrophils and platelets first, then in the catalogue's order.
     */
    public static List<LabMeasure> measuresWithValues(List<LabTest> catalogue, Collection<BloodTest> tests) {
        Set<String> recorded = tests.stream().flatMap(t -> t.results().stream()).map(LabResult::testId)
                .collect(Collectors.toSet());
        return new ArrayList<>(numberTests(catalogue).stream().filter(t -> recorded.contains(t.id()))
                .map(LabMeasure::new).toList());
    }

    /** The catalogue's number tests (not the dipstick), neutrophils and platelets first, then in its order. */
    public static List<LabTest> numberTests(List<LabTest> catalogue) {
        List<LabTest> numbers = catalogue.stream().filter(t -> t.kind() == LabKind.NUMBER).toList();
        List<LabTest> ordered = new ArrayList<>();
        FIRST.forEach(id -> numbers.stream().filter(t -> t.id().equals(id)).findFirst().ifPresent(ordered::add));
        numbers.stream().filter(t -> !FIRST.contains(t.id())).forEach(ordered::add);
        return List.copyOf(ordered);
    }
}
