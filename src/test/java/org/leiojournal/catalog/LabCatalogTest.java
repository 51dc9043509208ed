package org.leiojournal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.leiojournal.domain.lab.LabKind;
import org.leiojournal.domain.lab.LabRange;
import org.leiojournal.domain.lab.LabTest;
import org.leiojournal.domain.lab.LabUnit;

/**
 * The bundled test catalogue (issue 22): every test the issue lists is there with its LOINC code, conversions give
 * the textbook values at known points, every drug that asks for a test has a sourced label, and every range is
 * sourced from an allowed host.
 */
class LabCatalogTest {

    private static final LabCatalog CATALOG = LabCatalog.bundled();

    private static LabTest test(String id) {
        return CATALOG.byId(id).orElseThrow(() -> new AssertionError("no test " + id));
    }

    @Test
    void everyTestTheIssueListsIsThereWithItsLoincCode() {
        List<String> expected = List.of("wbc:6690-2", "neutrophils:751-8", "lymphocytes:731-0",
                "haemoglobin:718-7", "platelets:777-3", "alt:1742-6", "ast:1920-8", "bilirubin:1975-2",
                "alp:6768-6", "albumin:1751-7", "ck:2157-6", "creatinine:2160-0", "egfr:98979-8",
                "urea:22664-7", "bun:3094-0", "sodium:2951-2", "potassium:2823-3", "magnesium:19123-9",
                "phosphate:2777-1", "bicarbonate:1963-8", "crp:1988-5", "tsh:3016-3",
                "urine-protein-dipstick:20454-5", "urine-pcr:2890-2");
        assertEquals(expected, CATALOG.all().stream().map(t -> t.id() + ":" + t.loinc()).toList());
    }

    @Test
    void codesAndIdsAreUniqueSoByLoincFindsOneTest() {
        Set<String> codes = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (LabTest t : CATALOG.all()) {
            assertTrue(ids.add(t.id()), t.id());
            assertTrue(codes.add(t.loinc()), t.loinc());
            t.alsoLoinc().forEach(c -> assertTrue(codes.add(c), c));
            assertTrue(t.loinc().matches("\\d{1,7}-\\d"), t.loinc());
        }
        assertEquals("neutrophils", CATALOG.byLoinc("751-8").orElseThrow().id());
        assertEquals("bilirubin", CATALOG.byLoinc("14631-6").orElseThrow().id(), "bilirubin in µmol/L");
        assertTrue(CATALOG.byLoinc("0000-0").isEmpty());
    }

    @ParameterizedTest(name = "{1} {2} = {3} {4}")
    @CsvSource({
            "creatinine, 1, mg/dL, 88.4, umol/L",
            "creatinine, 88.4, umol/L, 1, mg/dL",
            "haemoglobin, 10, g/dL, 100, g/L",
            "haemoglobin, 100, g/L, 6.206, mmol/L",
            "haemoglobin, 10, g/dL, 6.206, mmol/L",
            "haemoglobin, 6.206, mmol/L, 10, g/dL",
            "neutrophils, 1.5, 10*9/L, 1500, /uL",
            "neutrophils, 1500, /uL, 1.5, 10*9/L",
            "neutrophils, 1500, /mm3, 1500, /uL",
            "neutrophils, 1.5, 10*3/uL, 1.5, 10*9/L",
            "platelets, 100, 10*9/L, 100000, /uL",
            "bilirubin, 1, mg/dL, 17.1, umol/L",
            "albumin, 3.5, g/dL, 35, g/L",
            "alt, 1, ukat/L, 60, U/L",
            "alt, 40, [IU]/L, 40, U/L",
            "magnesium, 2.4305, mg/dL, 1, mmol/L",
            "magnesium, 2, meq/L, 1, mmol/L",
            "phosphate, 3.097, mg/dL, 1, mmol/L",
            "bun, 2.8, mg/dL, 1, mmol/L",
            "crp, 1, mg/dL, 10, mg/L",
            "tsh, 2.5, u[IU]/mL, 2.5, m[IU]/L",
            "urine-pcr, 100, mg/g, 11.312, mg/mmol",
            "urine-pcr, 1, g/g, 113.12, mg/mmol",
            "sodium, 140, meq/L, 140, mmol/L"})
    void conversionsGiveTheTextbookValue(String id, String value, String from, String expected, String to) {
        BigDecimal converted = CATALOG.convert(id, new BigDecimal(value), from, to).orElseThrow();
        assertEquals(0, new BigDecimal(expected).compareTo(converted), id + ": " + converted);
    }

    @Test
    void aUnitTheTestIsNotPrintedInConvertsToNothing() {
        assertTrue(CATALOG.convert("neutrophils", BigDecimal.ONE, "g/L", "10*9/L").isEmpty());
        assertTrue(CATALOG.convert("no-such-test", BigDecimal.ONE, "g/L", "g/L").isEmpty());
    }

    @Test
    void theMainUnitIsTheFirstAndHasFactorOne() {
        for (LabTest t : CATALOG.all()) {
            if (t.kind() == LabKind.NUMBER) {
                LabUnit main = t.mainUnit();
                assertEquals("1", main.factor(), t.id());
                Set<String> seen = new HashSet<>();
                t.units().forEach(u -> assertTrue(seen.add(u.ucum()), t.id() + " lists " + u.ucum() + " twice"));
            } else {
                assertFalse(t.choices().isEmpty(), t.id());
            }
        }
    }

    @Test
    void impossibleValuesAreTheTypingSlipsTheIssueNames() {
        LabTest platelets = test("platelets");
        assertFalse(platelets.possible().allows(BigDecimal.ZERO), "platelets 0");
        assertTrue(platelets.possible().allows(new BigDecimal("1")));
        LabTest hb = test("haemoglobin");
        BigDecimal fortyGdl = CATALOG.convert("haemoglobin", new BigDecimal("40"), "g/dL", "g/L").orElseThrow();
        assertFalse(hb.possible().allows(fortyGdl), "haemoglobin 40 g/dL");
        BigDecimal twentyFiveGdl = CATALOG.convert("haemoglobin", new BigDecimal("25"), "g/dL", "g/L").orElseThrow();
        assertTrue(hb.possible().allows(twentyFiveGdl));
        assertTrue(test("neutrophils").possible().allows(BigDecimal.ZERO), "no neutrophils at all can be real");
    }

    @Test
    void everyDrugThatAsksForATestHasALabelWithAnAllowedSource() {
        SourceAllowList allowed = SourceAllowList.bundled();
        for (LabTest t : CATALOG.all()) {
            for (String drug : t.askedBy()) {
                String source = CATALOG.label(drug).orElseThrow(() -> new AssertionError(t.id() + ": " + drug))
                        .source();
                assertFalse(SourceAllowList.addressesIn(source).isEmpty(), drug);
                assertEquals(List.of(), allowed.refusedIn(source), drug);
            }
        }
        assertTrue(test("ck").askedBy().contains("Trabectedin"));
        assertTrue(test("tsh").askedBy().contains("Pazopanib"));
        assertTrue(test("urine-pcr").askedBy().contains("Pazopanib"));
        assertTrue(test("creatinine").askedBy().contains("Ifosfamide"));
    }

    @Test
    void everyRangeIsSourcedFromAnAllowedHostAndLiesInsideThePossibleValues() {
        SourceAllowList allowed = SourceAllowList.bundled();
        assertEquals(List.of(), allowed.refusedIn(LabCatalog.text()));
        for (LabTest t : CATALOG.all()) {
            for (LabRange r : t.ranges()) {
                assertFalse(SourceAllowList.addressesIn(r.source()).isEmpty(), t.id());
                assertTrue(t.possible().allows(r.low()) && t.possible().allows(r.high()), t.id());
            }
        }
        LabRange neutrophils = test("neutrophils").ranges().get(0);
        assertEquals(0, new BigDecimal("2.0").compareTo(neutrophils.low()));
        assertEquals(0, new BigDecimal("7.0").compareTo(neutrophils.high()));
    }

    @Test
    void theFileCarriesItsReviewDatesAndEveryTestSaysWhatItIsInPlainWords() {
        assertTrue(CATALOG.review().reviewDue().isAfter(CATALOG.review().reviewedOn()));
        CATALOG.all().forEach(t -> assertFalse(t.about().isBlank(), t.id()));
    }

    @Test
    void anUnknownFieldIsRefusedSoASlipFailsHere() {
        String json = "{\"reviewedOn\":\"2026-12-06\",\"reviewDue\":\"2027-12-06\",\"note\":\"\",\"labels\":[],"
                + "\"tests\":[],\"tset\":1}";
        assertThrows(UnrecognizedPropertyException.class,
                () -> LabCatalog.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    }
}
