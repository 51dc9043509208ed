package org.leiojournal.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.leiojournal.domain.alert.RuleSource;
import org.leiojournal.domain.emergency.SheetWording;
import org.leiojournal.domain.review.ContentReview;
import org.leiojournal.platform.LightJson;

/**
 * The emergency sheet's words as they ship in {@code emergency/sheet.json}, with their sources and review dates.
 * Unknown fields are refused, so a slip in the file fails its test.
 */
public final class EmergencySheetCatalog {

    private static final BundledFolder FILES = new BundledFolder("/org/leiojournal/emergency/");
    private static final ReadOnce<SheetWording> BUNDLED = new ReadOnce<>(EmergencySheetCatalog::readBundled);
    /** Made on first use only: loading databind costs 100-550 ms of CPU (issue 21). */
    private static final class Databind {
        static final ObjectMapper MAPPER = CatalogJson.mapper();
    }

    private EmergencySheetCatalog() {
    }

    public static SheetWording bundled() {
        return BUNDLED.get();
    }

    /** The file's shape: the wording with its review dates flat, as the guidance pages keep them. */
    private record File(LocalDate reviewedOn, LocalDate reviewDue, String heading, String subheading,
                        String possibleSepsis, String urgentAction, String lowCountNote, String patientHeld,
                        String contactTeam, String alwaysNamed, int daysAfterLastTreatment,
                        List<RuleSource> sources) {
    }

    private static SheetWording readBundled() {
        return FILES.read("sheet.json", EmergencySheetCatalog::read);
    }

    static SheetWording read(InputStream in) throws IOException {
        return wording(LightJson.strict().readOr(File.class, in.readAllBytes(),
                text -> Databind.MAPPER.readValue(text, File.class)));
    }

    /** The file as databind reads it, with its coercions and its messages for a broken file. */
    static SheetWording readWithDatabind(byte[] text) throws IOException {
        return wording(Databind.MAPPER.readValue(text, File.class));
    }

    private static SheetWording wording(File f) {
        return new SheetWording(f.heading(), f.subheading(), f.possibleSepsis(), f.urgentAction(), f.lowCountNote(),
                f.patientHeld(), f.contactTeam(), f.alwaysNamed(), f.daysAfterLastTreatment(),
                new ContentReview(f.reviewedOn(), f.reviewDue()), f.sources());
    }
}
