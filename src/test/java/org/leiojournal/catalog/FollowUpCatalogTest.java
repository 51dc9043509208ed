package org.leiojournal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leiojournal.domain.followup.FollowUpPlan;
import org.leiojournal.domain.followup.FollowUpPreset;
import org.leiojournal.domain.followup.PresetPhase;

/**
 * The bundled follow-up presets: they load, every phase is sourced with an address from the clinical fact base
 * (facts.md §7), intervals are positive, phases follow each other from month 0, and the numbers are those of §7
 * read by hand, with the range rule (the shorter interval) applied.
 */
class FollowUpCatalogTest {

    /**
     * The addresses facts.md §7 gives for these rows, exactly as written there, except where review finding M14
     * replaced a retired or secondary one: the KICK Sarcoma FAQ by the ESMO–EURACAN–GENTURIS 2021 guideline itself
     * (Gronchi, Ann Oncol 2021), and the NCCN patient guide v1.2014 by the current NCCN guideline.
     */
    private static final Set<String> FACTS_ADDRESSES = Set.of(
            "https://www.bccancer.bc.ca/books/musculoskeletal-sarcoma/follow-up",
            "https://doi.org/10.1016/j.annonc.2021.07.006",
            "https://www.nccn.org/guidelines/category_1",
            "http://www.cancer.ca/en/cancer-information/cancer-type/soft-tissue-sarcoma/treatment/follow-up/?region=on",
            // M12: the uterine and retroperitoneal presets (facts.md §7 rows: AGO Austria, Rutkowski, EJSO 2022)
            "https://manual.ago-austria.at/vii-uterussarkome/8-nachsorge/",
            "https://www.springermedizin.at/follow-up-in-soft-tissue-sarcomas/14930522",
            "https://www.ejso.com/article/S0748-7983(22)00093-2/pdf");

    static Stream<FollowUpPreset> presets() {
        return FollowUpCatalog.bundled().all().stream();
    }

    private static FollowUpPreset preset(String id) {
        return FollowUpCatalog.bundled().find(id).orElseThrow(() -> new AssertionError("no preset " + id));
    }

    @Test
    void theIndexListsEveryPresetInTheChooserOrderAndIdsAreFileNames() {
        List<String> files = FollowUpCatalog.index();
        assertEquals(List.of("esmo-intermediate-high-grade.json", "esmo-low-grade.json", "nccn-extremity-trunk.json",
                "canadian-cancer-society.json", "uterine-lms.json", "retroperitoneal.json"), files);
        assertEquals(files.stream().map(f -> f.replace(".json", "")).toList(),
                presets().map(FollowUpPreset::id).toList());
        assertEquals(6, presets().map(FollowUpPreset::name).collect(Collectors.toSet()).size(), "names tell apart");
        assertEquals(Optional.empty(), FollowUpCatalog.bundled().find("no-such-preset"));
    }

    @ParameterizedTest(name = "{0}: labelled with its source and setting")
    @MethodSource("presets")
    void everyPresetNamesItsSourceAndSetting(FollowUpPreset preset) {
        assertFalse(preset.source().isBlank(), preset.id());
        assertFalse(preset.setting().isBlank(), preset.id());
        assertFalse(preset.note().isBlank(), preset.id() + ": says where the sources differ");
    }

    @ParameterizedTest(name = "{0}: every phase cites an address from facts.md §7")
    @MethodSource("presets")
    void everyPhaseHasASourceWithAnAddressFromTheFactBase(FollowUpPreset preset) {
        for (PresetPhase phase : preset.phases()) {
            assertFalse(phase.sources().isEmpty(), preset.id() + " " + phase.wording() + " has no source");
            for (String source : phase.sources()) {
                // from "(http" on: an address may hold brackets of its own (EJSO's "S0748-7983(22)00093-2")
                String address = source.substring(source.indexOf("(http") + 1, source.length() - 1);
                assertTrue(FACTS_ADDRESSES.contains(address), preset.id() + " cites " + address);
            }
            assertFalse(phase.wording().isBlank());
            assertFalse(phase.checks().isEmpty(), preset.id() + " " + phase.wording() + ": what is checked");
        }
    }

    @ParameterizedTest(name = "{0}: positive intervals, the shorter end of each range, contiguous from month 0")
    @MethodSource("presets")
    void intervalsArePositiveAndPhasesAreContiguous(FollowUpPreset preset) {
        int expectedFrom = 0;
        for (PresetPhase phase : preset.phases()) {
            assertTrue(phase.shortestMonths() >= 1, preset.id());
            assertEquals(phase.shortestMonths(), phase.everyMonths(), "a range is drafted at its shorter interval");
            assertEquals(expectedFrom, phase.fromMonth(), preset.id() + " phases follow each other");
            assertTrue(phase.untilMonth() > phase.fromMonth());
            expectedFrom = phase.untilMonth();
        }
        assertTrue(FollowUpPlan.contiguous(preset.intervals()));
    }

    @ParameterizedTest(name = "{0}: every schedule ends, at 10 years")
    @MethodSource("presets")
    void everyScheduleEndsAndAnEndTheSourceDoesNotGiveIsTheAppsHorizon(FollowUpPreset preset) {
        PresetPhase last = preset.phases().get(preset.phases().size() - 1);
        assertEquals(FollowUpPreset.DRAFTING_HORIZON_MONTHS, last.untilMonth());
        preset.phases().stream().filter(PresetPhase::untilIsAppHorizon)
                .forEach(p -> assertEquals(FollowUpPreset.DRAFTING_HORIZON_MONTHS, p.untilMonth()));
    }

    private static void assertPhase(PresetPhase phase, int from, int until, int shortest, int longest) {
        assertEquals(List.of(from, until, shortest, longest),
                List.of(phase.fromMonth(), phase.untilMonth(), phase.shortestMonths(), phase.longestMonths()),
                phase.wording());
    }

    @Test
    void esmoIntermediateOrHighGrade() {
        FollowUpPreset p = preset("esmo-intermediate-high-grade");
        assertPhase(p.phases().get(0), 0, 36, 3, 4);
        assertPhase(p.phases().get(1), 36, 60, 6, 6);
        assertPhase(p.phases().get(2), 60, 120, 12, 12);
        assertTrue(p.phases().get(0).lengthNote().orElseThrow().contains("2–3 years"));
        assertTrue(p.phases().get(2).untilIsAppHorizon(), "ESMO gives no end to yearly visits");
        assertTrue(p.note().contains("3–6") && p.note().contains("6–12"), "the ⚠ of §7 is said");
    }

    @Test
    void esmoLowGradeGivesNoNumberForChestImagingAndNoneIsInvented() {
        FollowUpPreset p = preset("esmo-low-grade");
        assertPhase(p.phases().get(0), 0, 60, 4, 6);
        assertPhase(p.phases().get(1), 60, 120, 12, 12);
        assertTrue(p.phases().get(0).checks().stream().anyMatch(c -> c.contains("the source gives no number")));
        assertTrue(p.note().contains("no interval for chest imaging"));
        assertTrue(p.phases().get(1).untilIsAppHorizon());
    }

    @Test
    void nccnExtremityAndTrunk() {
        FollowUpPreset p = preset("nccn-extremity-trunk");
        assertPhase(p.phases().get(0), 0, 36, 3, 6);
        assertPhase(p.phases().get(1), 36, 60, 6, 6);
        assertPhase(p.phases().get(2), 60, 120, 12, 12);
        assertTrue(p.phases().get(2).untilIsAppHorizon());
        assertTrue(p.sources().stream().anyMatch(s -> s.contains("nccn.org")));
        // Review finding M12: this is NCCN's stage II–III schedule; M14: no retired patient guide.
        assertTrue(p.source().contains("stage II–III") && p.note().contains("stage II–III"));
        assertFalse(p.sources().stream().anyMatch(s -> s.contains("v1.2014")));
    }

    /** Review finding M12: uterine and abdominal LMS are followed with CT, never a default MRI of one site. */
    @Test
    void uterineAndRetroperitonealPresetsUseCtAndLeaveTheScanToTheTeam() {
        FollowUpPreset uterine = preset("uterine-lms");
        assertPhase(uterine.phases().get(0), 0, 36, 3, 4);
        assertPhase(uterine.phases().get(1), 36, 60, 6, 12);
        assertPhase(uterine.phases().get(2), 60, 120, 12, 12);
        FollowUpPreset abdomen = preset("retroperitoneal");
        assertPhase(abdomen.phases().get(0), 0, 36, 3, 4);
        assertPhase(abdomen.phases().get(1), 36, 60, 6, 6);
        assertPhase(abdomen.phases().get(2), 60, 120, 12, 12);
        for (FollowUpPreset p : List.of(uterine, abdomen)) {
            assertTrue(p.phases().get(0).checks().stream().anyMatch(c -> c.contains("CT of the chest, abdomen and pelvis")
                    && c.contains("the scan your team chooses")), p.id());
            assertTrue(p.note().contains("your team's choice"), p.id());
            assertFalse(p.phases().stream().flatMap(ph -> ph.checks().stream()).anyMatch(c -> c.startsWith("MRI")),
                    p.id() + " does not default to MRI");
        }
        assertTrue(uterine.note().contains("not re-checked"), "what was not verified is said");
    }

    @Test
    void canadianCancerSocietyGivesItsOwnEndAtTenYears() {
        FollowUpPreset p = preset("canadian-cancer-society");
        assertPhase(p.phases().get(0), 0, 24, 3, 6);
        assertPhase(p.phases().get(1), 24, 60, 6, 12);
        assertPhase(p.phases().get(2), 60, 120, 12, 12);
        assertFalse(p.phases().get(2).untilIsAppHorizon(), "“yearly (to 10 y)” is the source’s own end");
    }

    @Test
    void anUnknownFieldIsRefused() throws IOException {
        String json;
        try (InputStream in = FollowUpCatalog.open("canadian-cancer-society.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals("canadian-cancer-society", read(json).id(), "the untouched text is valid");
        String misspelt = json.replaceFirst("\"shortestMonths\"", "\"shortestMonth\"");
        assertThrows(IOException.class, () -> read(misspelt), "a misspelt number is not silently 0");
        String extra = json.replaceFirst("\"wording\":", "\"colour\": \"red\", \"wording\":");
        assertTrue(extra.contains("colour"));
        assertThrows(UnrecognizedPropertyException.class, () -> read(extra));
    }

    @Test
    void aZeroIntervalInAFileIsRefused() {
        String json = "{\"id\":\"x\",\"name\":\"x\",\"source\":\"x\",\"setting\":\"x\",\"reviewedOn\":\"2026-12-06\","
                + "\"reviewDue\":\"2027-12-06\",\"phases\":[{\"fromMonth\":0,"
                + "\"untilMonth\":12,\"shortestMonths\":0,\"longestMonths\":0,\"wording\":\"x\"}]}";
        assertThrows(Exception.class, () -> read(json).intervals());
    }

    private static FollowUpPreset read(String json) throws IOException {
        return FollowUpCatalog.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
