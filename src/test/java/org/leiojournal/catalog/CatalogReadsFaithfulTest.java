package org.leiojournal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.leiojournal.domain.alert.AlertRuleSet;
import org.leiojournal.domain.alert.AlertTier;
import org.leiojournal.domain.followup.FollowUpPreset;
import org.leiojournal.domain.guidance.GuidancePanel;
import org.leiojournal.domain.lab.LabCatalogFile;
import org.leiojournal.platform.JsonVariants;
import org.leiojournal.platform.LightJson;

/**
 * The catalogues the start reads without databind (issue 21): each bundled file reads plainly to what databind
 * reads, and each one-change variant of it (a slip in an edited file) is read or refused exactly as databind does.
 */
class CatalogReadsFaithfulTest {

    private static String text(String folder, String file) throws IOException {
        try (InputStream in = new BundledFolder(folder).open(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream in(String json) {
        return new ByteArrayInputStream(JsonVariants.utf8(json));
    }

    private static String rules() throws IOException {
        return text("/org/leiojournal/alerts/", "rules.json");
    }

    private static String labs() throws IOException {
        return text("/org/leiojournal/labs/", "lab-tests.json");
    }

    private static String heartScan() throws IOException {
        return text("/org/leiojournal/heart/", "after-anthracycline.json");
    }

    static Stream<String> guidancePanels() {
        return GuidanceCatalog.index().stream();
    }

    private static String panel(String file) throws IOException {
        return text("/org/leiojournal/guidance/", file);
    }

    @Test
    void theBundledRulesReadPlainlyToWhatDatabindReads() throws IOException {
        LightJson light = LightJson.strictWith(Map.of(AlertTier.class, AlertTier::fromCode));
        assertEquals(AlertRuleCatalog.readWithDatabind(JsonVariants.utf8(rules())),
                light.read(AlertRuleSet.class, JsonVariants.utf8(rules())));
    }

    @Test
    void everyChangedRulesFileIsReadOrRefusedAsDatabindDoes() throws IOException {
        int variants = JsonVariants.assertSameOutcomes(rules(), json -> AlertRuleCatalog.read(in(json)),
                json -> AlertRuleCatalog.readWithDatabind(JsonVariants.utf8(json)));
        assertTrue(variants > 1000, "variants: " + variants);
    }

    @ParameterizedTest
    @MethodSource("guidancePanels")
    void everyGuidancePanelReadsPlainlyToWhatDatabindReads(String file) throws IOException {
        assertEquals(GuidanceCatalog.readWithDatabind(JsonVariants.utf8(panel(file))),
                LightJson.strict().read(GuidancePanel.class, JsonVariants.utf8(panel(file))));
    }

    @ParameterizedTest
    @MethodSource("guidancePanels")
    void everyChangedGuidancePanelIsReadOrRefusedAsDatabindDoes(String file) throws IOException {
        JsonVariants.assertSameOutcomes(panel(file), json -> GuidanceCatalog.read(in(json)),
                json -> GuidanceCatalog.readWithDatabind(JsonVariants.utf8(json)));
    }

    @Test
    void theLabCatalogueReadsPlainlyToWhatDatabindReads() throws IOException {
        assertEquals(LabCatalog.readWithDatabind(JsonVariants.utf8(labs())),
                LightJson.strict().read(LabCatalogFile.class, JsonVariants.utf8(labs())));
    }

    @Test
    void everyChangedLabCatalogueIsReadOrRefusedAsDatabindDoes() throws IOException {
        JsonVariants.assertSameOutcomes(labs(), json -> LabCatalog.read(in(json)),
                json -> LabCatalog.readWithDatabind(JsonVariants.utf8(json)));
    }

    static Stream<String> regimenTemplates() {
        return new BundledFolder("/org/leiojournal/regimens/").index().stream();
    }

    @ParameterizedTest
    @MethodSource("regimenTemplates")
    void everyRegimenTemplateReadsToWhatDatabindReadsAndEachChangeAsDatabindDoes(String file) throws IOException {
        String json = text("/org/leiojournal/regimens/", file);
        assertEquals(RegimenJson.readWithDatabind(JsonVariants.utf8(json)), RegimenJson.readTemplate(in(json)));
        JsonVariants.assertSameOutcomes(json, t -> RegimenJson.readTemplate(in(t)),
                t -> RegimenJson.readWithDatabind(JsonVariants.utf8(t)));
    }

    static Stream<String> followUpPresets() {
        return FollowUpCatalog.index().stream();
    }

    @ParameterizedTest
    @MethodSource("followUpPresets")
    void everyFollowUpPresetReadsToWhatDatabindReadsAndEachChangeAsDatabindDoes(String file) throws IOException {
        String json = text("/org/leiojournal/followup/", file);
        assertEquals(FollowUpCatalog.readWithDatabind(JsonVariants.utf8(json)),
                LightJson.strictWithOptionalOf(String.class).read(FollowUpPreset.class, JsonVariants.utf8(json)));
        JsonVariants.assertSameOutcomes(json, t -> FollowUpCatalog.read(in(t)),
                t -> FollowUpCatalog.readWithDatabind(JsonVariants.utf8(t)));
    }

    @Test
    void theEmergencySheetReadsToWhatDatabindReadsAndEachChangeAsDatabindDoes() throws IOException {
        String json = text("/org/leiojournal/emergency/", "sheet.json");
        assertEquals(EmergencySheetCatalog.readWithDatabind(JsonVariants.utf8(json)), EmergencySheetCatalog.bundled());
        JsonVariants.assertSameOutcomes(json, t -> EmergencySheetCatalog.read(in(t)),
                t -> EmergencySheetCatalog.readWithDatabind(JsonVariants.utf8(t)));
    }

    @Test
    void theHeartScanFileReadsToWhatDatabindReadsAndEachChangeAsDatabindDoes() throws IOException {
        assertEquals(HeartScanCatalog.readWithDatabind(JsonVariants.utf8(heartScan())),
                HeartScanCatalog.afterAnthracycline());
        JsonVariants.assertSameOutcomes(heartScan(), json -> HeartScanCatalog.read(in(json)),
                json -> HeartScanCatalog.readWithDatabind(JsonVariants.utf8(json)));
    }
}
