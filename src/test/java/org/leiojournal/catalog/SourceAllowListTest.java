package org.leiojournal.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Review finding M14: every address cited by a medical data file (regimens, guidance, follow-up presets, alert
 * rules) is on the allow-list kept in {@code sources/allowed-hosts.json}. The checker itself is tested with
 * planted bad addresses, so a list that allowed everything would fail here.
 */
class SourceAllowListTest {

    /** Every medical data file, as "folder/file" → its text. */
    static Map<String, String> medicalFiles() {
        Map<String, String> files = new TreeMap<>();
        for (String folder : List.of("regimens", "guidance", "followup", "labs")) {
            BundledFolder bundled = new BundledFolder("/org/leiojournal/" + folder + "/");
            bundled.index().forEach(file -> files.put(folder + "/" + file, read(bundled, file)));
        }
        files.put("alerts/rules.json", read(new BundledFolder("/org/leiojournal/alerts/"), "rules.json"));
        files.put("emergency/sheet.json", read(new BundledFolder("/org/leiojournal/emergency/"), "sheet.json"));
        files.put("heart/after-anthracycline.json",
                read(new BundledFolder("/org/leiojournal/heart/"), "after-anthracycline.json"));
        return files;
    }

    private static String read(BundledFolder folder, String file) {
        try (InputStream in = folder.open(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyAddressInEveryMedicalFileIsOnTheAllowList() {
        SourceAllowList allowed = SourceAllowList.bundled();
        List<String> refused = new ArrayList<>();
        int addresses = 0;
        for (Map.Entry<String, String> file : medicalFiles().entrySet()) {
            addresses += SourceAllowList.addressesIn(file.getValue()).size();
            allowed.refusedIn(file.getValue()).forEach(a -> refused.add(file.getKey() + ": " + a));
        }
        assertTrue(addresses > 150, "the scan found the sources (" + addresses + ")");
        assertEquals(List.of(), refused, "addresses whose host is not on sources/allowed-hosts.json");
    }

    /** The screens' own texts cite sources too (the doxorubicin card): they name no refused host either. */
    @Test
    void theAppsOwnTextsCiteNoRefusedSource() throws IOException {
        String text;
        try (InputStream in = SourceAllowListTest.class.getResourceAsStream("/org/leiojournal/i18n/messages.properties")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(List.of(), SourceAllowList.bundled().refusedIn(text));
        for (String host : List.of("api.fda.gov", "mimsdev", "mims:", "droracle", "scite.ai", "blogspot", "pillsync",
                "skyscape", "iiab.me")) {
            assertFalse(text.toLowerCase(java.util.Locale.ROOT).contains(host), host + " is named in messages");
        }
    }

    @ParameterizedTest(name = "refused: {0}")
    @ValueSource(strings = {
            "https://uat.mimsdev.com/philippines/drug/info/docetax/dosage",
            "https://sit.mimsdev.com/thailand/drug/info/dakacin/adverse-reactions",
            "https://prdmimsweb.azurewebsites.net/hongkong/drug/info/yondelis/special-precautions",
            "https://www.droracle.ai/articles/662557/what-is-the-side-effect-profile-of-docetaxel",
            "https://scite.ai/reports/a-single-set-of-numerical-zEkD4Q",
            "https://pharma-jonpi.blogspot.com/2014/03/sarcoma.html",
            "https://pillsync.com/drug/Votrient-200-MG-Oral-Tablet",
            "https://download.skyscape.com/download/ota/x.htm",
            "https://iiab.me/modules/en-statpearls/articles/article-24180.html",
            "https://api.fda.gov/drug/label.json?search=set_id%3A%22x%22",
            "https://evilnhs.uk/leaflet",
            "https://nhs.uk.example.com/leaflet",
            "https://fda.gov.example.com/label",
            "not an address at all"})
    void theCheckerRefusesTestServersAiSitesBlogsRawApisAndLookAlikes(String address) {
        assertTrue(SourceAllowList.bundled().refuses(address), address);
    }

    @ParameterizedTest(name = "allowed: {0}")
    @ValueSource(strings = {
            "https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=eeaaaf38-fb86-4d9f-a19d-0f61daac2fd7",
            "https://www.ema.europa.eu/en/medicines/human/EPAR/votrient",
            "https://www.eviq.org.au/medical-oncology/sarcoma",
            "https://leedsth.nhs.uk/services/leeds-cancer-centre",
            "https://www.stgeorges.nhs.uk/aos/patients/",
            "https://pubmed.ncbi.nlm.nih.gov/32129883/",
            "https://doi.org/10.1016/j.annonc.2021.07.006",
            "https://sarcoma.org.uk/support"})
    void theCheckerAllowsLabelsGuidelinesTrustsAndPapers(String address) {
        assertFalse(SourceAllowList.bundled().refuses(address), address);
    }

    @Test
    void aPlantedBadSourceInAFileIsFound() {
        String planted = "{\"sources\": [\"Good (https://www.nice.org.uk/guidance/cg151)\","
                + " \"Bad (https://www.droracle.ai/articles/1)\"]}";
        assertEquals(List.of("https://www.droracle.ai/articles/1"), SourceAllowList.bundled().refusedIn(planted));
    }

    @Test
    void theListIsDatedAndDueForReviewAfterItWasReviewed() {
        SourceAllowList.Hosts hosts = SourceAllowList.bundled().hosts();
        assertTrue(hosts.reviewedOn().isBefore(hosts.reviewDue()));
        assertFalse(hosts.groups().isEmpty());
    }
}
