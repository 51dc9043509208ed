package org.leiojournal.transfer.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.leiojournal.catalog.LabCatalog;
import org.leiojournal.domain.lab.BloodTest;
import org.leiojournal.domain.lab.HomeVital;
import org.leiojournal.domain.lab.LabKind;
import org.leiojournal.domain.lab.LabNumber;
import org.leiojournal.domain.lab.LabResult;
import org.leiojournal.domain.lab.LabTest;
import org.leiojournal.domain.lab.UnitConverter;
import org.leiojournal.transfer.fhir.LabImportPreview.Line;

/**
 * Decides, Observation by Observation, what a FHIR file of lab results adds to the journal. A laboratory Observation
 * whose LOINC code is in the catalogue becomes a value of the blood test drawn at its time (to the minute), in a
 * unit the catalogue knows ({@link UcumUnits}); a blood pressure panel becomes a home reading, with the pulse taken
 * at the same time. Nothing is ever overwritten: a value the journal holds at that time is "already there" when it
 * is the same, and skipped when it differs.
 */
final class LabImportPlanner {

    private static final String LAB = "laboratory";
    private static final List<String> BP_PANELS = List.of(HomeVitalMapper.PANEL, "55284-4");
    private static final List<String> NOT_RESULTS = List.of("entered-in-error", "cancelled", "registered");
    private static final List<String> PER_MINUTE = List.of("/min", "{beats}/min", "beats/min", "beats/minute",
            "bpm");

    private final LabCatalog catalog;
    /** The journal's tests by draw time (two may share one); new values join the first. */
    private final Map<LocalDateTime, List<BloodTest>> journalTests = new TreeMap<>();
    private final Map<LocalDateTime, HomeVital> journalReadings = new TreeMap<>();
    private final ZoneId zone;
    private final LocalDateTime now;

    private final List<Line> added = new ArrayList<>();
    private final List<Line> already = new ArrayList<>();
    private final List<Line> skipped = new ArrayList<>();
    /** The file's lab values by draw time, then test id. */
    private final Map<LocalDateTime, Map<String, Value>> values = new TreeMap<>();
    private final Map<LocalDateTime, String> labs = new TreeMap<>();
    private final Map<LocalDateTime, Reading> readings = new TreeMap<>();
    private final Map<LocalDateTime, Pulse> pulses = new TreeMap<>();
    private final Map<String, Integer> otherResources = new TreeMap<>();

    private record Value(LabResult result, String what) {
    }

    private record Reading(int systolic, int diastolic) {
    }

    private record Pulse(int beats, String what) {
    }

    LabImportPlanner(LabCatalog catalog, List<BloodTest> tests, List<HomeVital> homeReadings, ZoneId zone,
                     LocalDateTime now) {
        this.catalog = catalog;
        tests.forEach(t -> journalTests.computeIfAbsent(t.drawnAt(), k -> new ArrayList<>()).add(t));
        homeReadings.forEach(r -> journalReadings.putIfAbsent(r.measuredAt(), r));
        this.zone = zone;
        this.now = now;
    }

    LabImportPreview plan(List<JsonNode> resources) {
        for (JsonNode resource : resources) {
            String type = resource.path("resourceType").asText();
            if (type.equals("Observation")) {
                observation(resource);
            } else {
                otherResources.merge(shorten(type), 1, Integer::sum);
            }
        }
        otherResources.forEach((type, count) -> skipped.add(new Line(Optional.empty(),
                count + " × " + type, "not a lab result")));
        List<BloodTest> tests = tests();
        List<HomeVital> homeReadings = homeReadings();
        Comparator<Line> byTime = Comparator.comparing((Line l) -> l.at().orElse(LocalDateTime.MIN));
        added.sort(byTime);
        already.sort(byTime);
        return new LabImportPreview(added, already, skipped, tests, homeReadings);
    }

    private void observation(JsonNode observation) {
        String name = name(observation.path("code"));
        Optional<LocalDateTime> at = effective(observation);
        String status = observation.path("status").asText("");
        if (NOT_RESULTS.contains(status)) {
            skip(at, name, "marked " + status + ", not a result");
            return;
        }
        List<String> codes = loincCodes(observation.path("code"));
        boolean bp = codes.stream().anyMatch(BP_PANELS::contains);
        boolean pulse = codes.contains(HomeVitalMapper.PULSE);
        Optional<LabTest> test = codes.stream().map(catalog::byLoinc).flatMap(Optional::stream).findFirst();
        if (!bp && !pulse && !isLab(observation)) {
            skip(at, name, "not a lab result");
            return;
        }
        if (at.isEmpty()) {
            skip(at, name, "no date and time it was taken");
            return;
        }
        if (at.get().isAfter(now)) {
            skip(at, name, "dated in the future");
            return;
        }
        if (bp) {
            bloodPressure(observation, at.get(), name);
        } else if (pulse) {
            pulse(observation, at.get(), name);
        } else if (test.isEmpty()) {
            skip(at, name, codes.isEmpty() ? "no LOINC code" : "code " + String.join(", ", codes)
                    + " is not a test the journal keeps");
        } else {
            labValue(observation, at.get(), test.get());
        }
    }

    private void labValue(JsonNode observation, LocalDateTime at, LabTest test) {
        Optional<LabResult> result = test.kind() == LabKind.ORDINAL ? word(observation, at, test)
                : number(observation, at, test);
        if (result.isEmpty()) {
            return;
        }
        String what = test.name() + " " + shown(test, result.get());
        Map<String, Value> atTime = values.computeIfAbsent(at, k -> new LinkedHashMap<>());
        Value before = atTime.get(test.id());
        if (before != null) {
            skip(Optional.of(at), what, same(test, before.result(), result.get())
                    ? "appears twice in the file" : "the file has another value for this test at this time");
            return;
        }
        atTime.put(test.id(), new Value(result.get(), what));
        performer(observation).ifPresent(lab -> labs.putIfAbsent(at, lab));
    }

    private Optional<LabResult> number(JsonNode observation, LocalDateTime at, LabTest test) {
        JsonNode quantity = observation.path("valueQuantity");
        JsonNode value = quantity.path("value");
        if (!value.isNumber()) {
            skip(Optional.of(at), test.name(), "no value as a number");
            return Optional.empty();
        }
        if (!ordinary(value.decimalValue())) {
            skip(Optional.of(at), test.name(), "not a value a lab could print for this test");
            return Optional.empty();
        }
        if (quantity.hasNonNull("comparator")) {
            skip(Optional.of(at), test.name() + " " + quantity.path("comparator").asText() + value.asText(),
                    "a value given as less or more than a number is not an exact value");
            return Optional.empty();
        }
        String unit = unit(quantity);
        Optional<UcumUnits.Converted> kept = UcumUnits.toCatalogue(test, value.decimalValue(), unit);
        String sent = test.name() + " " + value.decimalValue().toPlainString() + " " + unit;
        if (kept.isEmpty()) {
            skip(Optional.of(at), sent, "the journal cannot convert " + (unit.isEmpty() ? "a value without a unit"
                    : unit) + " exactly to " + String.join(", ", test.units().stream().map(u -> u.label()).toList()));
            return Optional.empty();
        }
        BigDecimal number = kept.get().value();
        if (!test.possible().allows(UnitConverter.toMain(test, number, kept.get().unit()))) {
            skip(Optional.of(at), sent, "not a value a lab could print for this test");
            return Optional.empty();
        }
        if (LabNumber.parse(number.toPlainString()).isEmpty()) {
            skip(Optional.of(at), sent, "more digits than the journal keeps");
            return Optional.empty();
        }
        Optional<BigDecimal> low = Optional.empty();
        Optional<BigDecimal> high = Optional.empty();
        JsonNode range = observation.path("referenceRange").path(0);
        Optional<BigDecimal> l = rangeEnd(test, range.path("low"), unit);
        Optional<BigDecimal> h = rangeEnd(test, range.path("high"), unit);
        if (l.isEmpty() || h.isEmpty() || l.get().compareTo(h.get()) < 0) {
            low = l;
            high = h;
        }
        return Optional.of(new LabResult(test.id(), number.toPlainString(), kept.get().unit().ucum(), low, high));
    }

    /** One end of the lab's range, in the unit the value is kept in; left out when it cannot be converted. */
    private static Optional<BigDecimal> rangeEnd(LabTest test, JsonNode quantity, String valueUnit) {
        if (!quantity.path("value").isNumber() || !ordinary(quantity.path("value").decimalValue())) {
            return Optional.empty();
        }
        String unit = quantity.has("code") || quantity.has("unit") ? unit(quantity) : valueUnit;
        Optional<UcumUnits.Converted> value = UcumUnits.toCatalogue(test, quantity.get("value").decimalValue(), unit);
        Optional<UcumUnits.Converted> kept = UcumUnits.toCatalogue(test, BigDecimal.ONE, valueUnit);
        if (value.isEmpty() || kept.isEmpty() || !value.get().unit().equals(kept.get().unit())
                || LabNumber.parse(value.get().value().toPlainString()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(value.get().value());
    }

    private Optional<LabResult> word(JsonNode observation, LocalDateTime at, LabTest test) {
        String text = observation.path("valueString").asText(observation.path("valueCodeableConcept").path("text")
                .asText(observation.path("valueCodeableConcept").path("coding").path(0).path("display").asText("")));
        String word = text.strip().toLowerCase(Locale.ROOT);
        if (!test.choices().contains(word)) {
            skip(Optional.of(at), test.name() + (text.isBlank() ? "" : " " + text), text.isBlank() ? "no value"
                    : "not one of " + String.join(", ", test.choices()));
            return Optional.empty();
        }
        return Optional.of(new LabResult(test.id(), word, "", Optional.empty(), Optional.empty()));
    }

    private void bloodPressure(JsonNode observation, LocalDateTime at, String name) {
        Optional<Integer> systolic = Optional.empty();
        Optional<Integer> diastolic = Optional.empty();
        for (JsonNode component : observation.path("component")) {
            List<String> codes = loincCodes(component.path("code"));
            Optional<Integer> mmHg = whole(component.path("valueQuantity"), List.of("mm[Hg]", "mmHg", ""));
            if (codes.contains(HomeVitalMapper.SYSTOLIC)) {
                systolic = mmHg;
            } else if (codes.contains(HomeVitalMapper.DIASTOLIC)) {
                diastolic = mmHg;
            }
        }
        if (systolic.isEmpty() || diastolic.isEmpty()) {
            skip(Optional.of(at), name, "no upper and lower number in mmHg");
            return;
        }
        String what = "Blood pressure " + systolic.get() + "/" + diastolic.get() + " mmHg";
        try {
            new HomeVital(0, at, systolic.get(), diastolic.get(), Optional.empty());
        } catch (IllegalArgumentException e) {
            skip(Optional.of(at), what, "not a reading a blood pressure machine shows");
            return;
        }
        if (readings.containsKey(at)) {
            skip(Optional.of(at), what, "the file has another reading at this time");
            return;
        }
        readings.put(at, new Reading(systolic.get(), diastolic.get()));
    }

    private void pulse(JsonNode observation, LocalDateTime at, String name) {
        Optional<Integer> beats = whole(observation.path("valueQuantity"), PER_MINUTE);
        if (beats.isEmpty() || beats.get() < HomeVital.MIN_PULSE || beats.get() > HomeVital.MAX_PULSE) {
            skip(Optional.of(at), name, "no pulse in beats a minute");
            return;
        }
        Pulse before = pulses.putIfAbsent(at, new Pulse(beats.get(), "pulse " + beats.get()));
        if (before != null) {
            skip(Optional.of(at), "Pulse " + beats.get(), before.beats() == beats.get() ? "appears twice in the file"
                    : "the file has another pulse at this time");
        }
    }

    private List<BloodTest> tests() {
        List<BloodTest> tests = new ArrayList<>();
        values.forEach((at, atTime) -> {
            List<BloodTest> heldAtTime = journalTests.getOrDefault(at, List.of());
            BloodTest journal = heldAtTime.isEmpty() ? null : heldAtTime.get(0);
            List<LabResult> results = new ArrayList<>(journal == null ? List.of() : journal.results());
            int before = results.size();
            for (Value value : atTime.values()) {
                Optional<LabResult> held = heldAtTime.stream().map(t -> t.result(value.result().testId()))
                        .flatMap(Optional::stream).findFirst();
                LabTest test = catalog.byId(value.result().testId()).orElseThrow();
                if (held.isEmpty()) {
                    results.add(value.result());
                    added.add(new Line(Optional.of(at), value.what(), ""));
                } else if (same(test, held.get(), value.result())) {
                    already.add(new Line(Optional.of(at), value.what(), ""));
                } else {
                    skip(Optional.of(at), value.what(), "the journal has " + shown(test, held.get())
                            + " at this time; it is kept");
                }
            }
            if (results.size() > before) {
                String lab = journal != null ? journal.lab() : labs.getOrDefault(at, "");
                lab = lab.length() > BloodTest.MAX_LAB_LENGTH ? lab.substring(0, BloodTest.MAX_LAB_LENGTH) : lab;
                tests.add(new BloodTest(journal == null ? 0 : journal.id(), at, lab, results));
            }
        });
        return tests;
    }

    private List<HomeVital> homeReadings() {
        List<HomeVital> kept = new ArrayList<>();
        readings.forEach((at, reading) -> {
            Pulse pulse = pulses.remove(at);
            Optional<Integer> beats = pulse == null ? Optional.empty() : Optional.of(pulse.beats());
            HomeVital vital = new HomeVital(0, at, reading.systolic(), reading.diastolic(), beats);
            String what = "Blood pressure " + reading.systolic() + "/" + reading.diastolic() + " mmHg"
                    + (pulse == null ? "" : ", " + pulse.what());
            HomeVital journal = journalReadings.get(at);
            if (journal == null) {
                kept.add(vital);
                added.add(new Line(Optional.of(at), what, ""));
            } else if (journal.systolic() == vital.systolic() && journal.diastolic() == vital.diastolic()
                    && (vital.pulse().isEmpty() || vital.pulse().equals(journal.pulse()))) {
                already.add(new Line(Optional.of(at), what, ""));
            } else {
                skip(Optional.of(at), what, "the journal has another reading at this time; it is kept");
            }
        });
        pulses.forEach((at, pulse) -> skip(Optional.of(at), "Pulse " + pulse.beats(),
                "no blood pressure reading at the same time (the journal keeps the pulse with one)"));
        return kept;
    }

    private void skip(Optional<LocalDateTime> at, String what, String why) {
        skipped.add(new Line(at, what, why));
    }

    /** Same test, same value: equal numbers once in one unit, or the same printed word. */
    private static boolean same(LabTest test, LabResult a, LabResult b) {
        if (test.kind() == LabKind.ORDINAL) {
            return a.value().equalsIgnoreCase(b.value());
        }
        Optional<BigDecimal> x = inMainUnit(test, a);
        Optional<BigDecimal> y = inMainUnit(test, b);
        return x.isPresent() && y.isPresent() && x.get().compareTo(y.get()) == 0;
    }

    private static Optional<BigDecimal> inMainUnit(LabTest test, LabResult result) {
        return result.number().flatMap(n -> test.unit(result.unit()).map(u -> UnitConverter.toMain(test, n, u)));
    }

    private static String shown(LabTest test, LabResult result) {
        if (result.unit().isEmpty()) {
            return result.value();
        }
        return result.value() + " " + test.unit(result.unit()).map(u -> u.label()).orElse(result.unit());
    }

    private static boolean isLab(JsonNode observation) {
        for (JsonNode category : observation.path("category")) {
            for (JsonNode coding : category.path("coding")) {
                if (LAB.equals(coding.path("code").asText())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> loincCodes(JsonNode concept) {
        List<String> codes = new ArrayList<>();
        for (JsonNode coding : concept.path("coding")) {
            if (Fhir.LOINC.equals(coding.path("system").asText()) && coding.path("code").isTextual()) {
                codes.add(coding.get("code").asText().strip());
            }
        }
        return codes;
    }

    /** The words a person would recognise: the code's text, else the first coding's display, else its code. */
    private static String name(JsonNode concept) {
        String text = concept.path("text").asText("").strip();
        if (!text.isEmpty()) {
            return shorten(text);
        }
        JsonNode coding = concept.path("coding").path(0);
        String display = coding.path("display").asText("").strip();
        return shorten(display.isEmpty() ? coding.path("code").asText("a record without a name") : display);
    }

    private static String shorten(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }

    private static String unit(JsonNode quantity) {
        String code = quantity.path("code").asText("");
        boolean ucum = !quantity.has("system") || Fhir.UCUM.equals(quantity.path("system").asText());
        return (ucum && !code.isBlank() ? code : quantity.path("unit").asText("")).strip();
    }

    /** No lab prints more than a dozen digits either side of the point; guards the arithmetic against 1e999999. */
    private static boolean ordinary(BigDecimal number) {
        return number.scale() <= 12 && number.precision() - number.scale() <= 12;
    }

    private static Optional<Integer> whole(JsonNode quantity, List<String> units) {
        JsonNode value = quantity.path("value");
        if (!value.isNumber() || !units.contains(unit(quantity)) || quantity.hasNonNull("comparator")) {
            return Optional.empty();
        }
        BigDecimal number = value.decimalValue();
        if (number.signum() < 0 || number.compareTo(BigDecimal.valueOf(1000)) > 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(number.intValueExact());
        } catch (ArithmeticException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> performer(JsonNode observation) {
        for (JsonNode performer : observation.path("performer")) {
            String display = performer.path("display").asText("").strip();
            if (!display.isEmpty()) {
                return Optional.of(display);
            }
        }
        return Optional.empty();
    }

    /**
     * When it was taken, in the journal's time zone, to the minute: effectiveDateTime, else effectiveInstant, else
     * the start of effectivePeriod. A date alone counts from the start of its day (as the entry form does); a year
     * or month alone is not a time.
     */
    private Optional<LocalDateTime> effective(JsonNode observation) {
        String text = observation.path("effectiveDateTime").asText(observation.path("effectiveInstant")
                .asText(observation.path("effectivePeriod").path("start").asText("")));
        try {
            if (text.length() == 10) {
                return Optional.of(LocalDate.parse(text).atStartOfDay());
            }
            return Optional.of(OffsetDateTime.parse(text).atZoneSameInstant(zone).toLocalDateTime()
                    .truncatedTo(ChronoUnit.MINUTES));
        } catch (DateTimeParseException e) {
            try {
                // FHIR wants an offset with a time; a portal that leaves it out means its own (the user's) time
                return Optional.of(LocalDateTime.parse(text).truncatedTo(ChronoUnit.MINUTES));
            } catch (DateTimeParseException again) {
                return Optional.empty();
            }
        }
    }
}
