package org.leiojournal.domain.symptom;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.leiojournal.domain.measure.Temperature;
import org.leiojournal.domain.measure.Weight;
import org.leiojournal.domain.validation.Required;

/**
 * One saved check-in. {@code answers} maps item ids to values; an item that is absent was left unanswered,
 * which is not the same as 0. {@code signs} are the codes of the warning signs ticked on the entry.
 * {@code uid} is the entry's stable identity across edits, exports and imports; {@code id} is the store's row
 * number (0 before the first save).
 */
public record CheckIn(long id, String uid, ZonedDateTime recordedAt, Recorder recorder, Map<Long, Integer> answers,
                      String otherProblem, Temperature temperature, Weight weight, String note, Set<String> signs) {

    public static final int MAX_NOTE_LENGTH = 10_000;
    public static final int MAX_OTHER_PROBLEM_LENGTH = 60;

    public CheckIn {
        Required.all("uid, recordedAt, recorder", uid, recordedAt, recorder);
        answers.forEach((item, value) -> {
            if (value == null || value < 0) {
                throw new IllegalArgumentException("answer for item " + item + " must be 0 or more");
            }
        });
        answers = Collections.unmodifiableMap(new TreeMap<>(answers));
        otherProblem = otherProblem == null ? "" : otherProblem.strip();
        note = note == null ? "" : note;
        if (note.length() > MAX_NOTE_LENGTH || otherProblem.length() > MAX_OTHER_PROBLEM_LENGTH) {
            throw new IllegalArgumentException("text too long");
        }
        // sorted, so two entries with the same signs are equal and read back in one order
        signs = signs == null || signs.isEmpty() ? Collections.emptySortedSet() // most entries: no set to make
                : Collections.unmodifiableSortedSet(new TreeSet<>(signs));
    }

    /** An entry with no warning signs ticked. */
    public CheckIn(long id, String uid, ZonedDateTime recordedAt, Recorder recorder, Map<Long, Integer> answers,
                   String otherProblem, Temperature temperature, Weight weight, String note) {
        this(id, uid, recordedAt, recorder, answers, otherProblem, temperature, weight, note, Set.of());
    }

    public static String newUid() {
        return UUID.randomUUID().toString();
    }

    public LocalDate day() {
        return recordedAt.toLocalDate();
    }

    public Optional<Integer> answer(long itemId) {
        return Optional.ofNullable(answers.get(itemId));
    }

    public Optional<Temperature> temperatureReading() {
        return Optional.ofNullable(temperature);
    }

    public Optional<Weight> weightReading() {
        return Optional.ofNullable(weight);
    }

    /** Nothing answered, measured, ticked or written: not worth an entry in the journal (D6). */
    public boolean recordsNothing() {
        return answers.isEmpty() && temperature == null && weight == null && note.isBlank()
                && otherProblem.isBlank() && signs.isEmpty();
    }

    public CheckIn withId(long newId) {
        return new CheckIn(newId, uid, recordedAt, recorder, answers, otherProblem, temperature, weight, note, signs);
    }
}
