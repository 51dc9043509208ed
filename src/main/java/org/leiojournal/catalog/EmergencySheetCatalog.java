package org.leiojournal.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.leiojournal.domain.alert.RuleSource;
import org.leiojournal.domain.emergency.SheetWording;
import org.leiojournal.domain.review.ContentReview;

/**
 * The emergency sheet's words as they ship in {@code emergency/sheet.json}, with their sources and review dates.
 * Unknown fields are refused, so a slip in the file fails its test.
 */
public final class EmergencySheetCatalog {

    private static final BundledFolder FILES = new BundledFolder("/org/leiojournal/emergency/");
    private static final ReadOnce<SheetWording> BUNDLED = new ReadOnce<>(EmergencySheetCatalog::readBundled);
    private static final ObjectMapper MAPPER = CatalogJson.mapper();

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
        File f = FILES.read("sheet.json", in -> MAPPER.readValue(in, File.class));
        return new SheetWording(f.heading(), f.subheading(), f.possibleSepsis(), f.urgentAction(), f.lowCountNote(),
                f.patientHeld(), f.contactTeam(), f.alwaysNamed(), f.daysAfterLastTreatment(),
                new ContentReview(f.reviewedOn(), f.reviewDue()), f.sources());
    }
}
