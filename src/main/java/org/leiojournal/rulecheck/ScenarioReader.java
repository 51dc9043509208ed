package org.leiojournal.rulecheck;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leiojournal.catalog.RegimenCatalog;
import org.leiojournal.domain.alert.AlertRuleSet;
import org.leiojournal.domain.alert.WarningSign;
import org.leiojournal.domain.lab.BloodPressureLevels;
import org.leiojournal.domain.lab.HomeVital;
import org.leiojournal.domain.measure.Temperature;
import org.leiojournal.domain.measure.TemperatureUnit;
import org.leiojournal.domain.profile.Profile;
import org.leiojournal.domain.symptom.CheckIn;
import org.leiojournal.domain.symptom.ItemKind;
import org.leiojournal.domain.symptom.Recorder;
import org.leiojournal.domain.symptom.SymptomItem;
import org.leiojournal.domain.treatment.Course;
import org.leiojournal.domain.treatment.CourseDraft;
import org.leiojournal.domain.treatment.CourseHistory;
import org.leiojournal.domain.treatment.CourseStop;
import org.leiojournal.domain.treatment.CourseValidator;
import org.leiojournal.domain.treatment.Regimen;

/**
 * Reads a scenario file: {@code profile}, {@code courses} and {@code checkIns}, exactly the fields the issue
 * names, each checked as the app checks it (a threshold of 37.5–38.0 °C, scores 0–10, a temperature of 34–43 °C,
 * item codes of the journal, sign codes of the rules file used). Any slip is refused with one line naming where
 * it is, so a typing slip never quietly tests something else.
 */
final class ScenarioReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Pattern TEMPERATURE = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,2})?)\\s*°?\\s*([CcFf])");
    /** Any body surface area: the alert rules never look at doses. */
    private static final String BSA = "1.80";

    private final ScenarioItems items = new ScenarioItems();
    private final AlertRuleSet rules;
    private final RegimenCatalog regimens;

    ScenarioReader(AlertRuleSet rules, RegimenCatalog regimens) {
        this.rules = rules;
        this.regimens = regimens;
    }

    ScenarioItems items() {
        return items;
    }

    Scenario read(String json) throws ScenarioProblem {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ScenarioProblem("not valid JSON: " + e.getOriginalMessage() + " (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new ScenarioProblem("a scenario is a JSON object with profile, courses and checkIns");
        }
        onlyFields(root, "", "profile", "courses", "checkIns");
        JsonNode profile = root.path("profile");
        if (!profile.isMissingNode()) {
            object(profile, "profile");
            onlyFields(profile, "profile.", "thresholdCelsius", "usualStools", "teamBloodPressure");
        }
        BigDecimal threshold = threshold(profile.path("thresholdCelsius"));
        int usualStools = usualStools(profile.path("usualStools"));
        BloodPressureLevels teamLevel = teamBloodPressure(profile.path("teamBloodPressure"));
        List<Course> courses = new ArrayList<>();
        JsonNode courseNodes = array(root.path("courses"), "courses", false);
        for (int i = 0; i < courseNodes.size(); i++) {
            courses.add(course(courseNodes.get(i), "courses[" + i + "]"));
        }
        JsonNode checkInNodes = array(root.path("checkIns"), "checkIns", true);
        List<Scenario.Entry> checkIns = new ArrayList<>();
        for (int i = 0; i < checkInNodes.size(); i++) {
            Scenario.Entry entry = checkIn(checkInNodes.get(i), "checkIns[" + i + "]", i);
            if (!checkIns.isEmpty() && entry.checkIn().recordedAt().toInstant()
                    .isBefore(checkIns.get(i - 1).checkIn().recordedAt().toInstant())) {
                throw new ScenarioProblem("checkIns[" + i + "].at: " + entry.at() + " is before the check-in above it;"
                        + " list check-ins in time order");
            }
            checkIns.add(entry);
        }
        return new Scenario(threshold, usualStools, teamLevel, courses, checkIns);
    }

    private static BigDecimal threshold(JsonNode node) throws ScenarioProblem {
        if (node.isMissingNode() || node.isNull()) {
            return Profile.DEFAULT_THRESHOLD_CELSIUS;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(node.isTextual() ? node.asText().strip() : node.isNumber() ? node.asText() : "x");
        } catch (NumberFormatException e) {
            throw new ScenarioProblem("profile.thresholdCelsius: " + node + " is not a decimal such as \"37.5\"");
        }
        if (!Profile.thresholdAllowed(value)) {
            throw new ScenarioProblem("profile.thresholdCelsius: " + value.toPlainString() + " is outside 37.5–38.0 °C,"
                    + " the range the app takes (38.0 °C is NICE CG151's fever)");
        }
        return value;
    }

    private static int usualStools(JsonNode node) throws ScenarioProblem {
        if (node.isMissingNode() || node.isNull()) {
            return 0;
        }
        if (!node.canConvertToInt() || !node.isIntegralNumber() || !Profile.usualStoolsAllowed(node.asInt())) {
            throw new ScenarioProblem("profile.usualStools: " + node + " is not a whole number from 0 to "
                    + Profile.MAX_USUAL_STOOLS);
        }
        return node.asInt();
    }

    /** A course as the course form saves one from a template: its days and doses, the cycles typed, the stop. */
    private Course course(JsonNode node, String where) throws ScenarioProblem {
        object(node, where);
        onlyFields(node, where + ".", "template", "day1", "cycles", "stoppedOn");
        String id = text(node.path("template"), where + ".template");
        Regimen template = regimens.find(id).orElseThrow(() -> new ScenarioProblem(where + ".template: unknown "
                + "template " + id + " (known: " + String.join(", ", regimens.all().stream().map(Regimen::id)
                .sorted().toList()) + ")"));
        LocalDate day1 = date(node.path("day1"), where + ".day1", true);
        CourseDraft fromTemplate = CourseDraft.fromTemplate(template, day1);
        List<String> counts = new ArrayList<>(fromTemplate.cycleCountTexts());
        JsonNode cycles = node.path("cycles");
        if (!cycles.isMissingNode() && !cycles.isNull()) {
            if (template.continuous()) {
                throw new ScenarioProblem(where + ".cycles: " + id + " is taken every day, without cycles");
            }
            if (!cycles.isIntegralNumber() || cycles.asInt() < 1 || cycles.asInt() > CourseValidator.MAX_CYCLES) {
                throw new ScenarioProblem(where + ".cycles: " + cycles + " is not a whole number from 1 to "
                        + CourseValidator.MAX_CYCLES);
            }
            counts.set(0, Integer.toString(cycles.asInt())); // a later phase keeps the template's usual count
        }
        CourseDraft draft = new CourseDraft(0, fromTemplate.template(), fromTemplate.name(),
                fromTemplate.cycleLengthTexts(), counts, fromTemplate.drugs(), day1, false, BSA, "", "", "");
        Course course = new CourseValidator().validate(draft, List.of()).value().orElseThrow(
                () -> new ScenarioProblem(where + ": the app cannot build a course from " + id));
        LocalDate stop = date(node.path("stoppedOn"), where + ".stoppedOn", false);
        return stop == null ? course : course.withHistory(new CourseHistory(List.of(), List.of(),
                Optional.of(new CourseStop(stop, "stopped (rules check)"))));
    }

    private Scenario.Entry checkIn(JsonNode node, String where, int index) throws ScenarioProblem {
        object(node, where);
        onlyFields(node, where + ".", "at", "scores", "counts", "temperature", "signs", "bloodPressure");
        String at = text(node.path("at"), where + ".at");
        ZonedDateTime moment;
        try {
            moment = ZonedDateTime.parse(at);
        } catch (DateTimeParseException e) {
            throw new ScenarioProblem(where + ".at: " + at + " is not a date and time with its offset, such as "
                    + "2026-10-20T09:00:00+01:00");
        }
        Map<Long, Integer> answers = new HashMap<>();
        answers(node.path("scores"), where + ".scores", ItemKind.SCORE, answers);
        answers(node.path("counts"), where + ".counts", ItemKind.COUNT, answers);
        Temperature temperature = temperature(node.path("temperature"), where + ".temperature");
        Set<String> signs = signs(node.path("signs"), where + ".signs");
        Optional<HomeVital> bloodPressure = bloodPressure(node.path("bloodPressure"), where + ".bloodPressure",
                moment);
        return new Scenario.Entry(at, new CheckIn(index + 1L, "rules-check-" + index, moment, Recorder.PATIENT,
                answers, "", temperature, null, "", signs), bloodPressure);
    }

    /** "182/95": a home reading in mmHg, checked as the check-in form checks it. */
    private static Optional<HomeVital> bloodPressure(JsonNode node, String where, ZonedDateTime moment)
            throws ScenarioProblem {
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        String[] parts = node.isTextual() ? node.asText().strip().split("\\s*/\\s*", -1) : new String[0];
        if (parts.length != 2) {
            throw new ScenarioProblem(where + ": " + node + " is not a reading such as \"150/95\" (upper/lower, mmHg)");
        }
        var reading = HomeVital.validate(0, moment.toLocalDateTime(), parts[0], parts[1], "",
                java.time.Clock.fixed(moment.toInstant(), moment.getZone()));
        if (!reading.isValid()) {
            throw new ScenarioProblem(where + ": " + node.asText() + " is not a reading the check-in takes (upper "
                    + HomeVital.MIN_SYSTOLIC + "–" + HomeVital.MAX_SYSTOLIC + ", lower " + HomeVital.MIN_DIASTOLIC
                    + "–" + HomeVital.MAX_DIASTOLIC + " and below the upper)");
        }
        return reading.value();
    }

    /** {"systolic": 150, "diastolic": 100}, either left out: the levels the team gave; none when absent. */
    private static BloodPressureLevels teamBloodPressure(JsonNode node) throws ScenarioProblem {
        if (node.isMissingNode() || node.isNull()) {
            return BloodPressureLevels.NONE;
        }
        object(node, "profile.teamBloodPressure");
        onlyFields(node, "profile.teamBloodPressure.", "systolic", "diastolic");
        var levels = BloodPressureLevels.validate(node.path("systolic").isMissingNode() ? "" : node.path("systolic")
                .asText(), node.path("diastolic").isMissingNode() ? "" : node.path("diastolic").asText());
        if (!levels.isValid()) {
            throw new ScenarioProblem("profile.teamBloodPressure: " + node + " is not a level the app takes (whole "
                    + "numbers, upper " + HomeVital.MIN_SYSTOLIC + "–" + HomeVital.MAX_SYSTOLIC + ", lower below it)");
        }
        return levels.value().orElseThrow();
    }

    private void answers(JsonNode node, String where, ItemKind kind, Map<Long, Integer> answers)
            throws ScenarioProblem {
        if (node.isMissingNode() || node.isNull()) {
            return;
        }
        object(node, where);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String code = field.getKey();
            SymptomItem item = items.byCode(code).orElseThrow(() -> new ScenarioProblem(where + ": unknown item code "
                    + code + " (" + (kind == ItemKind.SCORE ? "scores" : "counts") + " take " + items.codes(kind)
                    + ")"));
            if (item.kind() != kind) {
                throw new ScenarioProblem(where + ": " + code + " is a " + item.kind().name().toLowerCase()
                        + ", not a " + kind.name().toLowerCase() + "; put it under "
                        + (item.kind() == ItemKind.SCORE ? "scores" : "counts"));
            }
            JsonNode value = field.getValue();
            if (!value.isIntegralNumber() || !kind.accepts(value.asInt())) {
                throw new ScenarioProblem(where + "." + code + ": " + value + " is not a whole number from "
                        + kind.min() + " to " + kind.max());
            }
            answers.put(item.id(), value.asInt());
        }
    }

    private static Temperature temperature(JsonNode node, String where) throws ScenarioProblem {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        Matcher m = TEMPERATURE.matcher(node.isTextual() ? node.asText().strip() : "");
        if (!m.matches()) {
            throw new ScenarioProblem(where + ": " + node + " is not a temperature such as \"38.0 C\" or \"100.4 F\"");
        }
        TemperatureUnit unit = m.group(2).equalsIgnoreCase("C") ? TemperatureUnit.CELSIUS : TemperatureUnit.FAHRENHEIT;
        BigDecimal value = new BigDecimal(m.group(1));
        if (!Temperature.inRange(value, unit)) {
            throw new ScenarioProblem(where + ": " + node.asText() + " is outside the 34.0–43.0 °C the journal takes");
        }
        return new Temperature(value, unit);
    }

    private Set<String> signs(JsonNode node, String where) throws ScenarioProblem {
        Set<String> signs = new TreeSet<>();
        if (node.isMissingNode() || node.isNull()) {
            return signs;
        }
        if (!node.isArray()) {
            throw new ScenarioProblem(where + ": a list of sign codes, such as [\"yellow\"]");
        }
        for (JsonNode sign : node) {
            String code = sign.isTextual() ? sign.asText() : sign.toString();
            if (rules.sign(code).isEmpty()) {
                throw new ScenarioProblem(where + ": unknown sign code " + code + " (the rules file has "
                        + String.join(", ", rules.signs().stream().map(WarningSign::code).toList()) + ")");
            }
            signs.add(code);
        }
        return signs;
    }

    private static LocalDate date(JsonNode node, String where, boolean required) throws ScenarioProblem {
        if (node.isMissingNode() || node.isNull()) {
            if (required) {
                throw new ScenarioProblem(where + " is missing: a date such as \"2026-09-01\"");
            }
            return null;
        }
        try {
            return LocalDate.parse(node.isTextual() ? node.asText() : "");
        } catch (DateTimeParseException e) {
            throw new ScenarioProblem(where + ": " + node + " is not a date such as \"2026-09-01\"");
        }
    }

    private static String text(JsonNode node, String where) throws ScenarioProblem {
        if (!node.isTextual() || node.asText().isBlank()) {
            throw new ScenarioProblem(where + (node.isMissingNode() ? " is missing" : ": " + node + " is not a text"));
        }
        return node.asText().strip();
    }

    private static void object(JsonNode node, String where) throws ScenarioProblem {
        if (!node.isObject()) {
            throw new ScenarioProblem(where + ": " + node + " is not a JSON object");
        }
    }

    private static JsonNode array(JsonNode node, String where, boolean required) throws ScenarioProblem {
        if (node.isMissingNode() || node.isNull()) {
            if (required) {
                throw new ScenarioProblem(where + " is missing: a list of check-ins");
            }
            return MAPPER.createArrayNode();
        }
        if (!node.isArray()) {
            throw new ScenarioProblem(where + ": " + node.getNodeType().name().toLowerCase() + " is not a list");
        }
        return node;
    }

    /** Refuses a field the shape does not have, so "temprature" is not silently left out of the test. */
    private static void onlyFields(JsonNode node, String prefix, String... known) throws ScenarioProblem {
        List<String> allowed = List.of(known);
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name)) {
                throw new ScenarioProblem(prefix + name + ": unknown field (" + (prefix.isEmpty() ? "a scenario"
                        : prefix.substring(0, prefix.length() - 1)) + " has " + String.join(", ", allowed) + ")");
            }
        }
    }
}
