package org.leiojournal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rules check} through the command, as a clinician runs it: one scenario file per finding under
 * src/test/resources/org/leiojournal/rulecheck, its JSON output parsed and asserted; problems exit 1 with one
 * line, bad usage 2 with the usage text. No journal is opened or created.
 */
class RulesCheckCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** rules check needs no clock: a clock that fails if asked proves it. */
    private int run(String... args) {
        Path home = dir.resolve("home");
        int code = Launcher.run(args, Map.of("LEIO_JOURNAL_HOME", home.toString()), NO_CLOCK,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertFalse(Files.exists(home), "rules check creates no data folder");
        return code;
    }

    private static final Clock NO_CLOCK = new Clock() {
        @Override
        public java.time.ZoneId getZone() {
            throw new AssertionError("rules check read the clock");
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new AssertionError("rules check read the clock");
        }

        @Override
        public java.time.Instant instant() {
            throw new AssertionError("rules check read the clock");
        }
    };

    static String scenario(String name) {
        try {
            return Path.of(RulesCheckCommandTest.class.getResource("/org/leiojournal/rulecheck/" + name).toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a scenario that must evaluate: exit 0, nothing on stderr, the results parsed. */
    private JsonNode results(String name, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("rules", "check", scenario(name)));
        args.addAll(List.of(more));
        assertEquals(0, run(args.toArray(String[]::new)), err());
        assertEquals("", err());
        JsonNode root = JSON.readTree(out());
        assertEquals(List.of("results"), iterable(root.fieldNames()));
        return root.get("results");
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    /** "rule subject observed tier" for each alert of one result. */
    private static List<String> alerts(JsonNode result) {
        List<String> lines = new ArrayList<>();
        for (JsonNode alert : result.get("alerts")) {
            assertEquals(List.of("rule", "tier", "subject", "observed"), iterable(alert.fieldNames()));
            lines.add(alert.get("rule").asText() + " " + alert.get("subject").asText() + " "
                    + alert.get("observed").asText() + " " + alert.get("tier").asText());
        }
        return lines;
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theIssuesExampleGivesOneResultWithItsAtAndItsAlerts() throws Exception {
        JsonNode results = results("issue-example.json");
        assertEquals(1, results.size());
        assertEquals("2026-10-20T09:00:00+01:00", results.get(0).get("at").asText());
        List<String> alerts = alerts(results.get(0));
        assertTrue(alerts.contains("temperature temperature.high 38.0 °C call-now"), alerts.toString());
        assertTrue(alerts.contains("sign-yellow yellow ticked call-now"), alerts.toString());
        assertTrue(alerts.contains("vomiting count.vomiting 3 call-now"), alerts.toString());
        assertTrue(alerts.contains("loose-stools count.stools 4 call-now"), alerts.toString());
        assertEquals(4, alerts.size(), alerts.toString());
    }

    @Test
    void theOutputIsAsciiJsonSoAnyTerminalShowsIt() throws Exception {
        results("issue-example.json");
        assertTrue(out().chars().allMatch(c -> c < 128), out());
        assertTrue(out().contains("38.0 \\u00B0C"), out());
    }

    /** C1: vomiting twice in 24 hours is no alert; 3 times is call-now. */
    @Test
    void c1VomitingThreeTimesIsCallNowAndTwiceIsNot() throws Exception {
        JsonNode results = results("C1-vomiting-2-3.json");
        assertEquals(List.of(), alerts(results.get(0)));
        assertEquals(List.of("vomiting count.vomiting 3 call-now"), alerts(results.get(1)));
    }

    /** M9: with no team level, 179/109 raises nothing; 180 upper or 110 lower is call-now; 165/105 nothing. */
    @Test
    void m9HomeBloodPressureOf180Or110IsCallNowWithNoTeamLevel() throws Exception {
        JsonNode results = results("M9-blood-pressure-180-110.json");
        assertEquals(List.of(), alerts(results.get(0)));
        assertEquals(List.of("bp-systolic-180 bp.systolic 180/109 call-now"), alerts(results.get(1)));
        assertEquals(List.of("bp-diastolic-110 bp.diastolic 179/110 call-now"), alerts(results.get(2)));
        assertEquals(List.of(), alerts(results.get(3)));
    }

    /** M9: at the team's 150/100 and not one below it; a reading over 180/110 raises the 180 alert alone. */
    @Test
    void m9TheTeamsBloodPressureLevelFiresAtItAndNotOneBelow() throws Exception {
        JsonNode results = results("M9-blood-pressure-team-level.json");
        assertEquals(List.of(), alerts(results.get(0)));
        assertEquals(List.of("bp-team-level bp.systolic 150/99 call-now"), alerts(results.get(1)));
        assertEquals(List.of("bp-team-level bp.diastolic 149/100 call-now"), alerts(results.get(2)));
        assertEquals(List.of("bp-systolic-180 bp.systolic 185/112 call-now"), alerts(results.get(3)));
    }

    /** M1 tiers: an ESAS score of 7 is tell-soon, except shortness of breath, which is call-now. */
    @Test
    void tiersAScoreOf7IsTellSoonButBreathlessnessIsCallNow() throws Exception {
        JsonNode results = results("tiers-esas.json");
        assertEquals(List.of("esas-severe esas.appetite 7 tell-soon"), alerts(results.get(0)));
        assertEquals(List.of("breath-severe esas.breath 7 call-now"), alerts(results.get(1)));
    }

    /** C2: at the user's own threshold, 37.5 °C (99.5 °F) fires and 37.4 °C (99.4 °F) does not. */
    @Test
    void c2AThresholdOf37point5FiresAt37point5AndNot37point4() throws Exception {
        JsonNode results = results("C2-threshold-37.5.json");
        assertEquals(4, results.size());
        assertEquals(List.of(), alerts(results.get(0)));
        assertEquals(List.of("temperature temperature.high 37.5 °C call-now"), alerts(results.get(1)));
        assertEquals(List.of(), alerts(results.get(2)));
        assertEquals(List.of("temperature temperature.high 99.5 °F call-now"), alerts(results.get(3)));
    }

    /** C2: NICE's 38.0 °C (100.4 °F), the highest threshold taken, fires at 38.0 and not at 37.9. */
    @Test
    void c2AThresholdOf38FiresAt38AndNot37point9() throws Exception {
        JsonNode results = results("C2-threshold-38.0.json");
        assertEquals(List.of(), alerts(results.get(0)));
        assertEquals(List.of("temperature temperature.high 38.0 °C call-now"), alerts(results.get(1)));
        assertEquals(List.of(), alerts(results.get(2)));
        assertEquals(List.of("temperature temperature.high 100.4 °F call-now"), alerts(results.get(3)));
    }

    @Test
    void c2AThresholdOf38point5IsRefusedWithOneLine() {
        assertEquals(1, run("rules", "check", scenario("C2-threshold-38.5-refused.json")));
        assertEquals("", out());
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().contains("profile.thresholdCelsius: 38.5 is outside 37.5–38.0 °C"), err());
    }

    /** m3: a low reading fires at 36.0 °C (96.8 °F) or below, not at 36.1 °C (96.9 °F). */
    @Test
    void m3ALowReadingFiresAt36AndNot36point1() throws Exception {
        JsonNode results = results("m3-low-36.0.json");
        assertEquals(List.of(), alerts(results.get(0)));
        assertEquals(List.of("temperature temperature.low 36.0 °C call-now"), alerts(results.get(1)));
        assertEquals(List.of(), alerts(results.get(2)));
        assertEquals(List.of("temperature temperature.low 96.8 °F call-now"), alerts(results.get(3)));
    }

    /** M2: the last dacarbazine dose is 13 Oct; yellow skin is asked on day 28 after it (10 Nov), not day 29. */
    @Test
    void m2DacarbazinesYellowSignFiresOnDay28AfterTheLastDoseAndNotDay29() throws Exception {
        JsonNode results = results("M2-dacarbazine-day-28-29.json");
        assertEquals(List.of("sign-yellow yellow ticked call-now"), alerts(results.get(0)));
        assertEquals(List.of("sign-yellow yellow ticked call-now"), alerts(results.get(1)), "day 28");
        assertEquals(List.of(), alerts(results.get(2)), "day 29");
    }

    /** M2: stopped on 24 Sep, the day of its last dose: confusion counts 7 days after it (1 Oct), not 8. */
    @Test
    void m2AStopDateDoesNotCutIfosfamidesConfusionSignShort() throws Exception {
        JsonNode results = results("M2-ifosfamide-stopped.json");
        assertEquals(List.of("sign-confusion confusion ticked call-now"), alerts(results.get(0)));
        assertEquals(List.of("sign-confusion confusion ticked call-now"), alerts(results.get(1)), "day 7");
        assertEquals(List.of(), alerts(results.get(2)), "day 8");
    }

    @Test
    void m2TheHeartSignCountsAYearAfterDoxorubicinButNotBeforeIt() throws Exception {
        JsonNode results = results("M2-heart-a-year-after-doxorubicin.json");
        assertEquals(List.of(), alerts(results.get(0)), "before the first dose");
        assertEquals(List.of("sign-heart heart ticked call-now"), alerts(results.get(1)));
    }

    /**
     * M3: the muscle sign alone (pain or weakness, or dark urine: one finding) raises its alert during trabectedin
     * and, with M2, up to day 28 after the last dose (22 Sep → 20 Oct), not day 29.
     */
    @Test
    void m3TheMuscleSignAloneFiresDuringTrabectedinAndUntilDay28After() throws Exception {
        JsonNode results = results("M3-muscle-alone.json");
        assertEquals(List.of("sign-muscle muscle ticked call-now"), alerts(results.get(0)));
        assertEquals(List.of("sign-muscle muscle ticked call-now"), alerts(results.get(1)), "day 28");
        assertEquals(List.of(), alerts(results.get(2)), "day 29");
    }

    /** M4: 4 loose stools in 24 hours are a call-now alert on their own, whatever the usual number (here 2). */
    @Test
    void m4FourLooseStoolsFireWhateverTheUsualNumberAndThreeDoNot() throws Exception {
        JsonNode results = results("M4-loose-stools.json");
        assertEquals(List.of(), alerts(results.get(0)));
        assertEquals(List.of("loose-stools count.stools 4 call-now"), alerts(results.get(1)));
    }

    /** The new always-asked signs: spinal cord compression, a blocked bowel, a clot in the leg; no course needed. */
    @Test
    void theNewSignsSpineBowelBlockedAndLegClotAreCallNowWithoutTreatment() throws Exception {
        JsonNode results = results("new-signs.json");
        assertEquals(List.of("sign-spine spine ticked call-now"), alerts(results.get(0)));
        assertEquals(List.of("sign-bowel-blocked bowel-blocked ticked call-now"), alerts(results.get(1)));
        assertEquals(List.of("sign-leg-clot leg-clot ticked call-now"), alerts(results.get(2)));
    }

    /** The app's own rise of 3 compares with the latest answer before, not the first one. */
    @Test
    void aRiseIsMeasuredFromTheLatestAnswerBefore() throws Exception {
        JsonNode results = results("esas-rise.json");
        assertEquals(List.of(), alerts(results.get(0)));
        assertEquals(List.of(), alerts(results.get(1)));
        assertEquals(List.of("esas-rise esas.pain 5 tell-soon"), alerts(results.get(2)),
                "pain 2 → 5 rose 3; nausea 3 → 5 rose 2 (1 was two check-ins ago)");
    }

    @Test
    void anEditedRulesFileIsUsedInsteadOfTheBundledOne() throws Exception {
        String bundled = new String(RulesCheckCommandTest.class.getResourceAsStream("/org/leiojournal/alerts/rules.json")
                .readAllBytes(), StandardCharsets.UTF_8);
        String edited = bundled.replace("\"atOrBelowCelsius\": 36.0", "\"atOrBelowCelsius\": 35.0");
        assertFalse(edited.equals(bundled));
        Path rules = Files.writeString(dir.resolve("edited-rules.json"), edited);
        JsonNode results = results("m3-low-36.0.json", "--rules", rules.toString());
        for (JsonNode result : results) {
            assertEquals(List.of(), alerts(result), "36.0 °C is above the edited 35.0 °C");
        }
    }

    @Test
    void badJsonIsOneLineAndExit1() {
        assertEquals(1, run("rules", "check", scenario("bad-json.json")));
        assertEquals("", out());
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().contains("bad-json.json: not valid JSON"), err());
        assertTrue(err().contains("line 2"), err());
    }

    @Test
    void anUnknownTemplateIsNamedWithTheKnownOnes() {
        assertEquals(1, run("rules", "check", scenario("unknown-template.json")));
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().contains("courses[0].template: unknown template doxorubicin-weekly (known: dacarbazine,"),
                err());
    }

    @Test
    void anUnknownItemCodeIsNamed() {
        assertEquals(1, run("rules", "check", scenario("unknown-item.json")));
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().contains("checkIns[0].counts: unknown item code count.stool (counts take count.stools, "
                + "count.vomiting)"), err());
    }

    @Test
    void anUnknownSignCodeIsNamed() {
        assertEquals(1, run("rules", "check", scenario("unknown-sign.json")));
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().contains("checkIns[0].signs: unknown sign code jaundice (the rules file has unwell,"), err());
    }

    @Test
    void aMissingScenarioFileIsOneLine() {
        assertEquals(1, run("rules", "check", dir.resolve("nothing.json").toString()));
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().contains("no such scenario file"), err());
    }

    @Test
    void aBrokenRulesFileIsOneLine() throws Exception {
        Path rules = Files.writeString(dir.resolve("rules.json"), "{\"reviewedOn\": \"2026-11-22\", \"rules\": []}");
        assertEquals(1, run("rules", "check", scenario("m3-low-36.0.json"), "--rules", rules.toString()));
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().contains("is not a rules file the app can use"), err());
    }

    @Test
    void rulesWithoutCheckIsBadUsageWithTheUsageText() {
        assertEquals(2, run("rules"));
        assertTrue(err().startsWith("leio-journal: rules needs its command: rules check FILE [--rules RULES.json]"),
                err());
        assertTrue(err().contains("Usage: leio-journal"), err());
        assertEquals("", out());
    }

    @Test
    void rulesCheckWithoutAFileIsBadUsage() {
        assertEquals(2, run("rules", "check"));
        assertTrue(err().startsWith("leio-journal: rules check needs the scenario FILE"), err());
        assertTrue(err().contains("leio-journal rules check FILE [--rules RULES.json]"), err());
    }

    @Test
    void otherMisusesAreBadUsage() {
        assertEquals(2, run("rules", "verify", "x.json"));
        assertTrue(err().startsWith("leio-journal: rules has one command, check"), err());
        err.reset();
        assertEquals(2, run("rules", "check", "a.json", "b.json"));
        assertTrue(err().startsWith("leio-journal: rules check takes one scenario file"), err());
        err.reset();
        assertEquals(2, run("--data-dir", dir.toString(), "rules", "check", "a.json"));
        assertTrue(err().startsWith("leio-journal: rules check reads no journal"), err());
        err.reset();
        assertEquals(2, run("rules", "check", "a.json", "--rules"));
        assertTrue(err().startsWith("leio-journal: --rules needs a rules file"), err());
    }

    @Test
    void theHelpDescribesRulesCheck() {
        assertEquals(0, run("--help"));
        assertTrue(out().contains("leio-journal rules check FILE [--rules RULES.json]"), out());
        assertTrue(out().contains("rules check evaluates the check-ins of a scenario FILE"), out());
    }
}
