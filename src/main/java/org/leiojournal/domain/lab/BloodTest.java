package org.leiojournal.domain.lab;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One blood (or urine) test: when it was drawn, as the printout gives it, the lab's name if the user gave one, and
 * the values recorded from it, sorted by test id so a test reads back equal to what was saved (screens show them in
 * the catalogue's order). An id of 0 means not saved yet.
 */
public record BloodTest(long id, LocalDateTime drawnAt, String lab, List<LabResult> results) {

    public static final int MAX_LAB_LENGTH = 200;

    public BloodTest {
        Objects.requireNonNull(drawnAt, "drawnAt");
        lab = lab == null ? "" : lab;
        results = results.stream().sorted(java.util.Comparator.comparing(LabResult::testId)).toList();
        if (results.isEmpty() || lab.length() > MAX_LAB_LENGTH) {
            throw new IllegalArgumentException("a blood test has at least one value and a short lab name");
        }
        if (results.stream().map(LabResult::testId).distinct().count() != results.size()) {
            throw new IllegalArgumentException("one value per test");
        }
    }

    public Optional<LabResult> result(String testId) {
        return results.stream().filter(r -> r.testId().equals(testId)).findFirst();
    }

    public BloodTest withId(long newId) {
        return new BloodTest(newId, drawnAt, lab, results);
    }
}
