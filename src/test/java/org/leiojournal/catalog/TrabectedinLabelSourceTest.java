package org.leiojournal.catalog;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The DailyMed set c1d50f5c… that the trabectedin sources link to is the label of EVDI, Apotex's trabectedin
 * (openFDA: brand EVDI, labeler Apotex Corp., NDA 220837), not Yondelis nor a generic of it. Every citation of that
 * set must name the product the reader will find there (review finding M11, facts check of Dec 2026).
 */
class TrabectedinLabelSourceTest {

    private static final String EVDI_SET = "c1d50f5c-4202-27f3-4798-a9708114ddea";
    /** The text of one cited source: a string in a sources list, or a source's title and address. */
    private static final Pattern CITATION = Pattern.compile("\"(?:title\": \"[^\"]*\", \"url\": \")?[^\"]*"
            + Pattern.quote(EVDI_SET) + "[^\"]*\"");

    @Test
    void everyCitationOfTheEvdiLabelNamesEvdi() {
        List<String> wrong = new ArrayList<>();
        int found = 0;
        for (Map.Entry<String, String> file : SourceAllowListTest.medicalFiles().entrySet()) {
            Matcher citation = CITATION.matcher(file.getValue());
            while (citation.find()) {
                found++;
                if (!citation.group().contains("EVDI") || citation.group().contains("Yondelis and its generics")) {
                    wrong.add(file.getKey() + ": " + citation.group());
                }
            }
        }
        assertTrue(found >= 10, "the trabectedin files cite the label: " + found);
        assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
    }
}
