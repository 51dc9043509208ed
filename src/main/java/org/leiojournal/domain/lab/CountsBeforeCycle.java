package org.leiojournal.domain.lab;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The blood count drawn before a cycle's day 1: the latest test with neutrophils or platelets drawn from
 * {@link #DAYS_BEFORE} days before day 1 up to the end of day 1 itself (counts are often taken the day before, or
 * that morning). These are the counts that decided whether the cycle went ahead.
 */
public final class CountsBeforeCycle {

    public static final int DAYS_BEFORE = 3;
    public static final String NEUTROPHILS = "neutrophils";
    public static final String PLATELETS = "platelets";

    private CountsBeforeCycle() {
    }

    public static Optional<BloodTest> before(LocalDate dayOne, List<BloodTest> tests) {
        LocalDate from = dayOne.minusDays(DAYS_BEFORE);
        return tests.stream()
                .filter(t -> !t.drawnAt().toLocalDate().isBefore(from) && !t.drawnAt().toLocalDate().isAfter(dayOne))
                .filter(t -> t.result(NEUTROPHILS).isPresent() || t.result(PLATELETS).isPresent())
                .max(Comparator.comparing(BloodTest::drawnAt));
    }
}
