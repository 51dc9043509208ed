package org.leiojournal.domain.symptom;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.leiojournal.domain.measure.TemperatureUnit;
import org.leiojournal.domain.measure.WeightUnit;
import org.leiojournal.domain.validation.Required;

/**
 * A check-in as typed, before validation: every value is still text, so nothing the user typed is lost when
 * a field is wrong. {@code uid} is null for a new entry and the entry's identity when editing one. {@code signs}
 * are the codes of the warning signs ticked.
 */
public record CheckInDraft(long id, String uid, LocalDate date, String time, ZoneId zone, Recorder recorder,
                           Map<Long, String> answers, String otherProblem, String temperature,
                           TemperatureUnit temperatureUnit, String weight, WeightUnit weightUnit, String note,
                           Set<String> signs) {

    public static final DateTimeFormatter TIME_FORMAT = DateTimeFormatter.ofPattern("HH:mm");

    public CheckInDraft {
        Required.all("zone, recorder, temperatureUnit, weightUnit", zone, recorder, temperatureUnit, weightUnit);
        answers = Map.copyOf(answers);
        time = Objects.requireNonNullElse(time, "");
        otherProblem = Objects.requireNonNullElse(otherProblem, "");
        temperature = Objects.requireNonNullElse(temperature, "");
        weight = Objects.requireNonNullElse(weight, "");
        note = Objects.requireNonNullElse(note, "");
        signs = signs == null ? Set.of() : Set.copyOf(signs);
    }

    /** A draft with no warning signs ticked. */
    public CheckInDraft(long id, String uid, LocalDate date, String time, ZoneId zone, Recorder recorder,
                        Map<Long, String> answers, String otherProblem, String temperature,
                        TemperatureUnit temperatureUnit, String weight, WeightUnit weightUnit, String note) {
        this(id, uid, date, time, zone, recorder, answers, otherProblem, temperature, temperatureUnit, weight,
                weightUnit, note, Set.of());
    }

    /** An empty check-in for this moment, in the user's units. */
    public static CheckInDraft blank(ZonedDateTime now, Recorder recorder, TemperatureUnit tUnit, WeightUnit wUnit) {
        return new CheckInDraft(0, null, now.toLocalDate(), now.toLocalTime().format(TIME_FORMAT), now.getZone(),
                recorder, Map.of(), "", "", tUnit, "", wUnit, "");
    }

    /** The draft of an existing entry, for editing: its values shown as the user first typed them. */
    public static CheckInDraft of(CheckIn entry, TemperatureUnit tUnit, WeightUnit wUnit) {
        Map<Long, String> texts = new HashMap<>();
        entry.answers().forEach((item, value) -> texts.put(item, Integer.toString(value)));
        ZonedDateTime at = entry.recordedAt();
        return new CheckInDraft(entry.id(), entry.uid(), at.toLocalDate(), at.toLocalTime().format(TIME_FORMAT),
                at.getZone(), entry.recorder(), texts, entry.otherProblem(),
                entry.temperatureReading().map(t -> t.value().toPlainString()).orElse(""),
                entry.temperatureReading().map(t -> t.unit()).orElse(tUnit),
                entry.weightReading().map(w -> w.value().toPlainString()).orElse(""),
                entry.weightReading().map(w -> w.unit()).orElse(wUnit),
                entry.note(), entry.signs());
    }

    /**
     * "Same as yesterday": the scores, other problem and recorder of the last entry, for the items still asked.
     * Counts (loose stools, vomiting) and weight are never copied (clinical review m5): a count is today's alone
     * and a copied one could hide today's, and a copied weight would defeat daily weighing for fluid build-up.
     * Date, time, temperature, weight, note and warning signs stay as they are: a temperature must be measured
     * afresh, a note belongs to its day, and a warning sign is something new to report, never a copy of yesterday.
     * Unanswered items stay unanswered.
     */
    public CheckInDraft sameAs(CheckIn last, java.util.Collection<SymptomItem> activeItems) {
        Map<Long, String> copied = new HashMap<>();
        for (SymptomItem item : activeItems) {
            if (item.kind() == ItemKind.COUNT) {
                String typedToday = answers.get(item.id());
                if (typedToday != null) {
                    copied.put(item.id(), typedToday);
                }
                continue;
            }
            last.answer(item.id()).ifPresent(v -> copied.put(item.id(), Integer.toString(v)));
        }
        return new CheckInDraft(id, uid, date, time, zone, last.recorder(), copied, last.otherProblem(), temperature,
                temperatureUnit, weight, weightUnit, note, signs);
    }

    public boolean isEdit() {
        return uid != null;
    }

    public LocalTime parsedTimeOrNull() {
        try {
            return LocalTime.parse(time.strip().length() == 4 ? "0" + time.strip() : time.strip(), TIME_FORMAT);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
