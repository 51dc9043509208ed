package org.leiojournal.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leiojournal.domain.treatment.Dose;
import org.leiojournal.domain.treatment.DoseUnit;
import org.leiojournal.domain.treatment.DrugPlan;
import org.leiojournal.domain.treatment.LowCountWindow;
import org.leiojournal.domain.treatment.MonitoringPlan;
import org.leiojournal.domain.treatment.Phase;
import org.leiojournal.domain.treatment.Regimen;
import org.leiojournal.domain.treatment.Route;
import org.leiojournal.domain.treatment.SupportKind;
import org.leiojournal.domain.treatment.SupportPlan;

/**
 * The bundled templates: they load, they are sourced, they survive a round trip, and their numbers are those of
 * the clinical fact base (facts.md §2–4). Every expected number below was read off facts.md by hand.
 */
class RegimenCatalogTest {

    private static final String FOLDER = "/org/leiojournal/regimens/";

    private static final List<String> EXPECTED_FILES = List.of(
            "doxorubicin.json", "doxorubicin-ifosfamide.json", "doxorubicin-dacarbazine.json",
            "doxorubicin-trabectedin-lms04.json", "gemcitabine-docetaxel-hensley.json",
            "gemcitabine-docetaxel-geddis.json", "gemcitabine-docetaxel-after-pelvic-rt.json", "gemcitabine.json",
            "trabectedin.json", "dacarbazine.json", "pazopanib.json", "eribulin.json", "ifosfamide-mesna.json");

    static List<String> indexFiles() throws IOException {
        try (InputStream in = RegimenCatalogTest.class.getResourceAsStream(FOLDER + "index.txt")) {
            assertNotNull(in, "index.txt is on the class path");
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }

    static Regimen load(String file) throws IOException {
        try (InputStream in = RegimenCatalogTest.class.getResourceAsStream(FOLDER + file)) {
            assertNotNull(in, file + " is on the class path");
            return RegimenJson.readTemplate(in).regimen();
        }
    }

    private static RegimenJson.Template parsed(String json) throws IOException {
        return RegimenJson.readTemplate(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The templates are read when first asked for, not when the catalog is handed out (the start hands it to
     * Treatment's model before the first window), and once: the same templates, in the index's order, with their
     * review dates.
     */
    @Test
    void theFilesAreReadWhenATemplateIsFirstAskedForAndOnlyThen() {
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        RegimenCatalog catalog = new RegimenCatalog(() -> {
            reads.incrementAndGet();
            return new BundledFolder(FOLDER).readAll(RegimenJson::readTemplate);
        });
        assertEquals(0, reads.get(), "nothing read while the catalog is only handed out");

        List<String> ids = catalog.all().stream().map(Regimen::id).toList();
        assertEquals(1, reads.get());
        assertEquals(RegimenCatalog.bundled().all(), catalog.all());
        assertEquals(EXPECTED_FILES.size(), ids.size());
        for (String id : ids) {
            assertEquals(RegimenCatalog.bundled().review(id), catalog.review(id));
            assertTrue(catalog.review(id).isPresent(), id + " has its review dates");
        }
        catalog.readNow();
        assertEquals(1, reads.get(), "kept once read");
    }

    static Stream<String> files() throws IOException {
        return indexFiles().stream();
    }

    static Stream<Regimen> regimens() {
        return RegimenCatalog.bundled().all().stream();
    }

    private static Regimen template(String id) {
        return RegimenCatalog.bundled().find(id).orElseThrow(() -> new AssertionError("no template " + id));
    }

    // ---- loading, ids, sources, round trip ----

    @Test
    void theIndexListsEveryTemplateInTheAgreedOrder() throws IOException {
        assertEquals(EXPECTED_FILES, indexFiles());
    }

    @ParameterizedTest(name = "{0} loads and its id is its file name")
    @MethodSource("files")
    void everyListedFileLoadsAndItsIdIsItsFileName(String file) throws IOException {
        Regimen regimen = load(file);
        assertEquals(file.substring(0, file.length() - ".json".length()), regimen.id());
        assertFalse(regimen.name().isBlank(), "a name the user sees");
    }

    @Test
    void theBundledCatalogHoldsEveryIndexedTemplateOnceInIndexOrder() throws IOException {
        List<String> ids = RegimenCatalog.bundled().all().stream().map(Regimen::id).toList();
        List<String> fromFiles = indexFiles().stream().map(f -> f.replace(".json", "")).toList();
        assertEquals(fromFiles, ids);
        assertEquals(ids.size(), new HashSet<>(ids).size(), "ids are unique: " + ids);
        Set<String> names = RegimenCatalog.bundled().all().stream().map(Regimen::name).collect(Collectors.toSet());
        assertEquals(ids.size(), names.size(), "users can tell the templates apart by name");
        assertEquals(Optional.empty(), RegimenCatalog.bundled().find("no-such-regimen"));
    }

    @ParameterizedTest(name = "{0}: every value carries a source with an address")
    @MethodSource("regimens")
    void everyPlannedThingCarriesASource(Regimen regimen) {
        for (Phase phase : regimen.phases()) {
            for (DrugPlan drug : phase.drugs()) {
                assertSourced(regimen, drug.drug(), drug.sources());
            }
            for (SupportPlan support : phase.support()) {
                assertSourced(regimen, support.name(), support.sources());
            }
            for (MonitoringPlan check : phase.monitoring()) {
                assertSourced(regimen, check.what(), check.sources());
            }
            for (LowCountWindow window : phase.lowCounts()) {
                assertSourced(regimen, window.drug(), window.sources());
            }
        }
    }

    private static void assertSourced(Regimen regimen, String what, List<String> sources) {
        assertFalse(sources.isEmpty(), regimen.id() + ": " + what + " has no source");
        for (String source : sources) {
            assertTrue(source.contains("http://") || source.contains("https://"),
                    regimen.id() + ": " + what + " cites no address: " + source);
        }
    }

    @ParameterizedTest(name = "{0}: only doxorubicin counts as an anthracycline")
    @MethodSource("regimens")
    void onlyDoxorubicinIsMarkedAsAnAnthracycline(Regimen regimen) {
        for (Phase phase : regimen.phases()) {
            for (DrugPlan drug : phase.drugs()) {
                assertEquals(drug.drug().equals("Doxorubicin"), drug.anthracycline(), regimen.id() + " " + drug.drug());
            }
        }
    }

    @ParameterizedTest(name = "{0}: support days and checks fall inside the cycle")
    @MethodSource("regimens")
    void supportAndChecksUseDaysOfTheCycle(Regimen regimen) {
        for (Phase phase : regimen.phases()) {
            int length = phase.continuous() ? Integer.MAX_VALUE : phase.cycleLengthDays();
            phase.support().forEach(s -> phase.supportDays(s).forEach(d -> assertTrue(d >= 1 && d <= length,
                    regimen.id() + " " + s.name() + " day " + d)));
            phase.support().stream().filter(s -> !phase.supportDays(s).isEmpty() || !s.offsets().isEmpty())
                    .forEach(s -> assertTrue(s.tiedToDrug() && s.days().isEmpty(),
                            regimen.id() + " " + s.name() + " is tied to the drug it goes with"));
            phase.monitoring().forEach(m -> phase.checkDays(m).forEach(d -> assertTrue(d >= 1 && d <= length,
                    regimen.id() + " " + m.what() + " day " + d)));
            // C3: every check and low-count window of a cycled template moves with the drug it belongs to.
            phase.monitoring().stream().filter(m -> !phase.continuous()).forEach(m -> assertTrue(
                    m.tiedToDrug() && m.days().isEmpty() && !phase.daysOf(m.drug()).isEmpty(),
                    regimen.id() + " " + m.what() + " is tied to the drug it goes with"));
            phase.lowCounts().forEach(w -> assertTrue(w.tiedToDrug() && !phase.daysOf(w.drug()).isEmpty(),
                    regimen.id() + " " + w.drug() + " low counts tied to that drug"));
        }
    }

    @ParameterizedTest(name = "{0}: no tablet strength is offered as the user's own (C3)")
    @MethodSource("regimens")
    void supportTakenByMouthNamesNoStrength(Regimen regimen) {
        for (Phase phase : regimen.phases()) {
            for (SupportPlan s : phase.support()) {
                assertFalse(s.confirmed(), regimen.id() + " " + s.name() + ": a template line is never confirmed");
                assertEquals("", s.strength(), regimen.id() + " " + s.name());
                if (s.detail().toLowerCase(java.util.Locale.ROOT).contains("by mouth")) {
                    assertFalse(s.detail().matches("(?s).*\\d\\s*mg.*"), regimen.id() + " " + s.name()
                            + ": the strength is on the user's prescription, not in the template");
                }
            }
        }
    }

    @Test
    void anUnknownFieldIsRefused() throws IOException {
        String json;
        try (InputStream in = getClass().getResourceAsStream(FOLDER + "gemcitabine-docetaxel-hensley.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals("gemcitabine-docetaxel-hensley", parsed(json).regimen().id(), "the untouched text is valid");
        String misspelt = json.replaceFirst("\"cycleLengthDays\"", "\"cycleLenghtDays\"");
        assertThrows(IOException.class, () -> parsed(misspelt));
        String extra = json.replaceFirst("\"drug\": \"Gemcitabine\",", "\"drug\": \"Gemcitabine\", \"colour\": \"red\",");
        assertTrue(extra.contains("colour"));
        assertThrows(IOException.class, () -> parsed(extra));
    }

    // ---- the numbers, template by template, against facts.md ----

    private static Phase only(Regimen regimen) {
        assertEquals(1, regimen.phases().size(), regimen.id() + " has one phase");
        return regimen.phases().get(0);
    }

    private static DrugPlan drug(Phase phase, String name) {
        return phase.drugs().stream().filter(d -> d.drug().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " in " + phase.name()));
    }

    private static SupportPlan support(Phase phase, SupportKind kind) {
        List<SupportPlan> found = phase.support().stream().filter(s -> s.kind() == kind).toList();
        assertEquals(1, found.size(), phase.name() + ": one " + kind);
        return found.get(0);
    }

    private static LowCountWindow window(Phase phase, String drugPrefix) {
        return phase.lowCounts().stream().filter(w -> w.drug().startsWith(drugPrefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no low-count window for " + drugPrefix));
    }

    private static void assertDose(String amount, DoseUnit unit, DrugPlan drug) {
        assertEquals(0, new BigDecimal(amount).compareTo(drug.dose().amount()), drug.drug() + " amount");
        assertEquals(unit, drug.dose().unit(), drug.drug() + " unit");
    }

    /** C3: a window is tied to its drug and, as the template plans that drug, falls on these cycle days. */
    private static void assertWindow(int from, int to, Phase phase, LowCountWindow window) {
        assertTrue(window.tiedToDrug(), window.drug() + " tied to its drug");
        assertArrayEquals(new int[] {from, to}, phase.lowCountDays(window).orElseThrow(), window.drug() + " days");
    }

    private static void assertCycle(int days, Optional<Integer> usual, Phase phase) {
        assertEquals(days, phase.cycleLengthDays(), phase.name() + " cycle length");
        assertEquals(usual, phase.usualCycles(), phase.name() + " usual cycles");
    }

    private static boolean cautionsMention(Regimen regimen, String... words) {
        return regimen.cautions().stream().anyMatch(c -> Stream.of(words).allMatch(c::contains));
    }

    private static BigDecimal totalPerCycle(DrugPlan drug) {
        return drug.dose().amount().multiply(BigDecimal.valueOf(drug.days().size()));
    }

    @Test
    void doxorubicinAlone() {
        Regimen r = template("doxorubicin");
        Phase p = only(r);
        assertCycle(21, Optional.of(6), p);
        DrugPlan dox = drug(p, "Doxorubicin");
        assertDose("75", DoseUnit.MG_PER_M2, dox);
        assertEquals(List.of(1), dox.days());
        assertEquals(Route.INTRAVENOUS, dox.route());
        assertTrue(dox.anthracycline());
        assertWindow(10, 14, p, window(p, "Doxorubicin"));
        MonitoringPlan heart = p.monitoring().stream().filter(m -> m.what().contains("LVEF")).findFirst().orElseThrow();
        assertEquals(List.of(1), p.checkDays(heart));
        // Review finding M11: a scan to ask about before cycle 4 too, when the total reaches 300 mg/m².
        assertEquals(List.of(1, 4), heart.cycles());
        assertTrue(heart.what().contains("300 mg/m²"));
        assertTrue(cautionsMention(r, "LVEF", "before, during and after"), "the heart-check gap is said plainly");
        assertTrue(cautionsMention(r, "heart scan", "After your last dose", "6 to 12 months", "ASCO 2017"),
                "M11: ask after treatment too, with the window the card dates");
        assertTrue(cautionsMention(r, "450 mg/m²"), "6 × 75 = 450 mg/m² (facts §4.1)");
    }

    @Test
    void doxorubicinIfosfamideEortc62012() {
        Regimen r = template("doxorubicin-ifosfamide");
        Phase p = only(r);
        assertCycle(21, Optional.of(6), p);
        DrugPlan dox = drug(p, "Doxorubicin");
        assertDose("25", DoseUnit.MG_PER_M2, dox);
        assertEquals(List.of(1, 2, 3), dox.days());
        assertEquals(0, new BigDecimal("75").compareTo(totalPerCycle(dox)), "75 mg/m² per cycle");
        DrugPlan ifos = drug(p, "Ifosfamide");
        assertDose("2.5", DoseUnit.G_PER_M2, ifos);
        assertEquals(List.of(1, 2, 3, 4), ifos.days());
        assertEquals(0, new BigDecimal("10").compareTo(totalPerCycle(ifos)), "10 g/m² per cycle");
        SupportPlan mesna = support(p, SupportKind.PROTECTIVE);
        assertEquals("Mesna", mesna.name());
        assertEquals(ifos.days(), p.supportDays(mesna), "mesna with every ifosfamide dose");
        // Review findings M8/m2: mesna is given per the team's protocol; the label's hospital schedules are not copied.
        assertTrue(mesna.detail().contains("per your team's protocol"), "mesna per protocol");
        SupportPlan gcsf = support(p, SupportKind.GROWTH_FACTOR);
        assertTrue(gcsf.name().contains("Pegfilgrastim"));
        assertEquals(List.of(), p.supportDays(gcsf), "the sources name no day for pegfilgrastim");
        assertWindow(8, 14, p, window(p, "Ifosfamide"));
        assertWindow(10, 14, p, window(p, "Doxorubicin"));
        assertTrue(cautionsMention(r, "red urine", "call"), "red urine after ifosfamide: call");
        assertFalse(r.cautions().stream().anyMatch(c -> c.contains("expected")),
                "no caution reassures about red urine in a cycle with ifosfamide");
        assertFalse(dox.note().contains("expected"), "the doxorubicin note does not reassure here either");
    }

    @Test
    void doxorubicinDacarbazineBorden() {
        Regimen r = template("doxorubicin-dacarbazine");
        Phase p = only(r);
        assertCycle(21, Optional.empty(), p);
        DrugPlan dox = drug(p, "Doxorubicin");
        assertDose("60", DoseUnit.MG_PER_M2, dox);
        assertEquals(List.of(1), dox.days());
        DrugPlan dtic = drug(p, "Dacarbazine");
        assertDose("250", DoseUnit.MG_PER_M2, dtic);
        assertEquals(List.of(1, 2, 3, 4, 5), dtic.days());
        assertWindow(10, 14, p, window(p, "Doxorubicin"));
        LowCountWindow late = window(p, "Dacarbazine");
        assertWindow(15, 28, p, late);
        assertTrue(late.sources().get(0).contains("(derived: weeks 3–4)"));
        assertTrue(cautionsMention(r, "Other schedules"));
    }

    @Test
    void doxorubicinTrabectedinLms04() {
        Regimen r = template("doxorubicin-trabectedin-lms04");
        assertEquals(2, r.phases().size());
        Phase combined = r.phases().get(0);
        assertEquals("Doxorubicin + trabectedin", combined.name());
        assertCycle(21, Optional.of(6), combined);
        DrugPlan dox = drug(combined, "Doxorubicin");
        assertDose("60", DoseUnit.MG_PER_M2, dox);
        assertEquals(List.of(1), dox.days());
        assertTrue(dox.infusion().contains("10 to 15 minutes"));
        DrugPlan trab = drug(combined, "Trabectedin");
        assertDose("1.1", DoseUnit.MG_PER_M2, trab);
        assertEquals(List.of(1), trab.days());
        assertTrue(trab.infusion().contains("3 hours") && trab.infusion().contains("central line"));
        SupportPlan dexa = support(combined, SupportKind.PREMEDICATION);
        assertTrue(dexa.detail().contains("20 mg"));
        assertEquals(List.of(1), combined.supportDays(dexa));
        assertEquals(List.of(3, 4, 5, 6, 7, 8, 9), combined.supportDays(support(combined, SupportKind.GROWTH_FACTOR)));
        MonitoringPlan weekly = combined.monitoring().stream().filter(m -> m.what().startsWith("Blood count"))
                .findFirst().orElseThrow();
        assertEquals(List.of(1, 8, 15), combined.checkDays(weekly));
        assertEquals(List.of(1, 2), weekly.cycles());
        assertTrue(combined.monitoring().stream().anyMatch(m -> m.what().contains("Liver") && m.what().contains("CK")
                && combined.checkDays(m).equals(List.of(1))));

        Phase maintenance = r.phases().get(1);
        assertEquals("Trabectedin maintenance", maintenance.name());
        // Review finding M5: up to 17 maintenance cycles (about a year) after the 6 combined ones, not 17 in all.
        assertCycle(21, Optional.of(17), maintenance);
        assertEquals(List.of("Trabectedin"), maintenance.drugs().stream().map(DrugPlan::drug).toList());
        assertDose("1.1", DoseUnit.MG_PER_M2, drug(maintenance, "Trabectedin"));
        assertEquals(23, combined.usualCycles().orElseThrow() + maintenance.usualCycles().orElseThrow(),
                "6 + up to 17 maintenance cycles (ASCO Post 2024, NEJM final analysis)");
        assertTrue(cautionsMention(r, "up to 17 more cycles", "up to 23 cycles in all"), "the total is not capped at 17");
        assertFalse(cautionsMention(r, "16 cycles"), "the misread 16/17-in-all figure is gone");
        assertTrue(maintenance.monitoring().stream().anyMatch(m -> m.what().contains("LVEF")
                && m.cycles().equals(List.of(7, 10, 13, 16, 19, 22))), "M11: trabectedin LVEF every 3 cycles");
        assertTrue(cautionsMention(r, "days 3 to 9"), "the G-CSF ambiguity is stated");
        assertTrue(cautionsMention(r, "360 mg/m²"), "6 × 60 = 360 mg/m² (facts §2.4)");
    }

    @Test
    void gemcitabineDocetaxelHensley() {
        Regimen r = template("gemcitabine-docetaxel-hensley");
        Phase p = only(r);
        assertCycle(21, Optional.empty(), p);
        DrugPlan gem = drug(p, "Gemcitabine");
        assertDose("900", DoseUnit.MG_PER_M2, gem);
        assertEquals(List.of(1, 8), gem.days());
        assertTrue(gem.infusion().contains("90 minutes"));
        DrugPlan doc = drug(p, "Docetaxel");
        assertDose("100", DoseUnit.MG_PER_M2, doc);
        assertEquals(List.of(8), doc.days());
        assertEquals(List.of(9, 10, 11, 12, 13, 14, 15), p.supportDays(support(p, SupportKind.GROWTH_FACTOR)));
        assertEquals(List.of(7, 8, 9), p.supportDays(support(p, SupportKind.PREMEDICATION)));
        assertWindow(14, 16, p, window(p, "Docetaxel"));
        assertTrue(cautionsMention(r, "4–5 days"), "the dexamethasone disagreement is stated");
    }

    @Test
    void gemcitabineDocetaxelGeddis() {
        Regimen r = template("gemcitabine-docetaxel-geddis");
        Phase p = only(r);
        assertCycle(21, Optional.of(6), p);
        DrugPlan gem = drug(p, "Gemcitabine");
        assertDose("675", DoseUnit.MG_PER_M2, gem);
        assertEquals(List.of(1, 8), gem.days());
        DrugPlan doc = drug(p, "Docetaxel");
        assertDose("75", DoseUnit.MG_PER_M2, doc);
        assertEquals(List.of(8), doc.days());
        assertEquals(List.of(), p.supportDays(support(p, SupportKind.GROWTH_FACTOR)), "GeDDiS names G-CSF but no days");
        Phase hensley = only(template("gemcitabine-docetaxel-hensley"));
        assertEquals(hensley.supportDays(support(hensley, SupportKind.PREMEDICATION)), p.supportDays(support(p, SupportKind.PREMEDICATION)));
        assertEquals(hensley.lowCounts(), p.lowCounts());
    }

    @Test
    void gemcitabineDocetaxelAfterPelvicRadiotherapyIsHensleyLessAQuarter() {
        Regimen r = template("gemcitabine-docetaxel-after-pelvic-rt");
        Phase p = only(r);
        Phase hensley = only(template("gemcitabine-docetaxel-hensley"));
        assertCycle(21, Optional.empty(), p);
        BigDecimal threeQuarters = new BigDecimal("0.75");
        for (String name : List.of("Gemcitabine", "Docetaxel")) {
            DrugPlan full = drug(hensley, name);
            DrugPlan lower = drug(p, name);
            assertEquals(0, full.dose().amount().multiply(threeQuarters).compareTo(lower.dose().amount()), name);
            assertEquals(full.days(), lower.days(), name);
        }
        assertDose("675", DoseUnit.MG_PER_M2, drug(p, "Gemcitabine"));
        assertDose("75", DoseUnit.MG_PER_M2, drug(p, "Docetaxel"));
        assertEquals(List.of(9, 10, 11, 12, 13, 14, 15), p.supportDays(support(p, SupportKind.GROWTH_FACTOR)));
        assertEquals(List.of(7, 8, 9), p.supportDays(support(p, SupportKind.PREMEDICATION)));
    }

    @Test
    void gemcitabineAloneTaxogem() {
        Regimen r = template("gemcitabine");
        Phase p = only(r);
        assertCycle(28, Optional.empty(), p);
        DrugPlan gem = drug(p, "Gemcitabine");
        assertDose("1000", DoseUnit.MG_PER_M2, gem);
        assertEquals(List.of(1, 8, 15), gem.days());
        assertTrue(gem.infusion().contains("100 minutes"));
        assertEquals(List.of(1, 8, 15), p.checkDays(p.monitoring().get(0)), "blood count before each dose");
        assertEquals(List.of(), p.lowCounts(), "no gemcitabine nadir timing was retrieved");
    }

    @Test
    void trabectedinAlone() {
        Regimen r = template("trabectedin");
        Phase p = only(r);
        assertCycle(21, Optional.empty(), p);
        DrugPlan trab = drug(p, "Trabectedin");
        assertDose("1.5", DoseUnit.MG_PER_M2, trab);
        assertEquals(List.of(1), trab.days());
        assertTrue(trab.infusion().contains("24 hours") && trab.infusion().contains("central line"));
        SupportPlan dexa = support(p, SupportKind.PREMEDICATION);
        assertTrue(dexa.detail().contains("20 mg") && dexa.detail().contains("30 minutes"));
        assertEquals(List.of(1), p.supportDays(dexa));
        MonitoringPlan liver = p.monitoring().stream().filter(m -> m.what().contains("CK")).findFirst().orElseThrow();
        assertEquals(List.of(1), p.checkDays(liver));
        assertEquals(List.of(), liver.cycles(), "before every dose");
        MonitoringPlan weekly = p.monitoring().stream().filter(m -> m.what().startsWith("Blood count"))
                .findFirst().orElseThrow();
        assertEquals(List.of(1, 8, 15), p.checkDays(weekly));
        assertEquals(List.of(1, 2), weekly.cycles());
        // Review finding M6: a window of days 8 to 21, not the single day 16.
        assertWindow(8, 21, p, window(p, "Trabectedin"));
        assertTrue(window(p, "Trabectedin").toDaysAfter() > window(p, "Trabectedin").fromDaysAfter(), "spans more than one day");
        assertTrue(window(p, "Trabectedin").sources().get(0).contains("range 8 days to 9.7 months"));
        MonitoringPlan lvef = p.monitoring().stream().filter(m -> m.what().contains("LVEF")).findFirst().orElseThrow();
        assertEquals(List.of(1, 4, 7, 10), lvef.cycles().subList(0, 4), "M11: LVEF before starting and every 3 cycles");
    }

    @Test
    void dacarbazineAlone() {
        Regimen r = template("dacarbazine");
        Phase p = only(r);
        assertCycle(21, Optional.empty(), p);
        DrugPlan dtic = drug(p, "Dacarbazine");
        assertDose("1000", DoseUnit.MG_PER_M2, dtic);
        assertEquals(List.of(1), dtic.days());
        assertWindow(15, 28, p, window(p, "Dacarbazine"));
        assertTrue(cautionsMention(r, "850"), "850 mg/m² is also used");
    }

    @Test
    void pazopanibIsContinuous() {
        Regimen r = template("pazopanib");
        Phase p = only(r);
        assertTrue(r.continuous());
        assertEquals(0, p.cycleLengthDays());
        assertEquals(Optional.empty(), p.usualCycles());
        DrugPlan paz = drug(p, "Pazopanib");
        assertDose("800", DoseUnit.MG, paz);
        assertEquals(Route.ORAL, paz.route());
        assertEquals(List.of(), paz.days());
        assertEquals("Take without food: at least 1 hour before or 2 hours after a meal.", paz.note());
        assertEquals(1, p.monitoring().size(), "no invented blood-pressure schedule");
        MonitoringPlan liver = p.monitoring().get(0);
        assertEquals(List.of(0, 3, 5, 7, 9), liver.weeks(), "M10: week 0 is the baseline test");
        assertEquals(List.of(3, 4), liver.months());
        assertEquals(List.of(), liver.days());
        assertTrue(cautionsMention(r, "every 4 weeks", "first 4 months"), "the EU schedule is stated");
        assertTrue(cautionsMention(r, "blood pressure"));
        assertTrue(cautionsMention(r, "7 days", "surgery"));
    }

    @Test
    void eribulin() {
        Regimen r = template("eribulin");
        Phase p = only(r);
        assertCycle(21, Optional.empty(), p);
        DrugPlan eri = drug(p, "Eribulin");
        assertDose("1.4", DoseUnit.MG_PER_M2, eri);
        assertEquals(List.of(1, 8), eri.days());
        assertTrue(cautionsMention(r, "eribulin base", "1.23 mg/m²"));
        // Review finding M7: the Halaven label asks for a blood count and a nerve check before each dose.
        MonitoringPlan before = p.monitoring().stream().filter(m -> m.what().startsWith("Blood count"))
                .findFirst().orElseThrow();
        assertEquals(eri.days(), p.checkDays(before), "before each dose, days 1 and 8");
        assertTrue(before.what().contains("numbness or tingling"));
        assertTrue(before.sources().get(0).contains("dailymed.nlm.nih.gov"));
        assertTrue(cautionsMention(r, "QT"));
        assertFalse(cautionsMention(r, "No source found"));
    }

    @Test
    void ifosfamideWithMesnaSarcomaSchedule() {
        // Review finding M8: no testicular-cancer label dose (1.2 g/m² × 5); the cited EORTC 62971 sarcoma schedule,
        // 3 g/m² a day over 3 hours on days 1 to 3, 9 g/m² per cycle, with mesna per the team's protocol.
        Regimen r = template("ifosfamide-mesna");
        Phase p = only(r);
        assertCycle(21, Optional.empty(), p);
        DrugPlan ifos = drug(p, "Ifosfamide");
        assertDose("3", DoseUnit.G_PER_M2, ifos);
        assertEquals(List.of(1, 2, 3), ifos.days());
        assertEquals(0, new BigDecimal("9").compareTo(totalPerCycle(ifos)), "9 g/m² per cycle");
        assertTrue(ifos.infusion().contains("3 hours"));
        assertTrue(ifos.sources().get(0).contains("Lorigan"));
        SupportPlan mesna = support(p, SupportKind.PROTECTIVE);
        assertEquals(ifos.days(), p.supportDays(mesna));
        assertTrue(mesna.detail().contains("per your team's protocol"));
        assertWindow(8, 14, p, window(p, "Ifosfamide"));
        assertTrue(cautionsMention(r, "9 g/m²", "10 g/m²"), "the schedule and the other ones are named");
        assertFalse(r.name().contains("label dose"));
        assertTrue(cautionsMention(r, "red urine", "call"));
    }

    @Test
    void perSquareMetreDosesBecomeAmountsForOnePerson() {
        BigDecimal bsa = new BigDecimal("1.80");
        assertEquals(Dose.of("135", DoseUnit.MG),
                drug(only(template("doxorubicin")), "Doxorubicin").dose().forBodySurface(bsa));
        assertEquals(Dose.of("4.5", DoseUnit.G),
                drug(only(template("doxorubicin-ifosfamide")), "Ifosfamide").dose().forBodySurface(bsa));
        assertEquals(Dose.of("2.7", DoseUnit.MG),
                drug(only(template("trabectedin")), "Trabectedin").dose().forBodySurface(bsa));
        assertEquals(Dose.of("800", DoseUnit.MG),
                drug(only(template("pazopanib")), "Pazopanib").dose().forBodySurface(bsa));
    }
}
