package org.leiojournal.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.leiojournal.domain.review.ContentReview;
import org.leiojournal.domain.treatment.HeartScanAfterTreatment;

/**
 * The heart scan to ask about after anthracycline treatment, in {@code heart/after-anthracycline.json}: its window
 * in months after the last dose, its sources and its review dates. Unknown fields are refused, so a slip in the
 * file fails its test instead of dropping a number.
 */
public final class HeartScanCatalog {

    private static final BundledFolder FILES = new BundledFolder("/org/leiojournal/heart/");
    private static final ReadOnce<HeartScanAfterTreatment> BUNDLED = new ReadOnce<>(HeartScanCatalog::readBundled);
    private static final ObjectMapper MAPPER = CatalogJson.mapper();

    private HeartScanCatalog() {
    }

    public static HeartScanAfterTreatment afterAnthracycline() {
        return BUNDLED.get();
    }

    /** The file's shape; {@code note} is for the reader of the file only. */
    private record File(LocalDate reviewedOn, LocalDate reviewDue, String note, Integer askFromMonths,
                        Integer askToMonths, List<String> sources) {
    }

    private static HeartScanAfterTreatment readBundled() {
        return FILES.read("after-anthracycline.json", in -> {
            File file = MAPPER.readValue(in, File.class);
            if (file.askFromMonths() == null || file.askToMonths() == null || file.sources() == null
                    || file.sources().isEmpty()) {
                throw new IOException("the window's months and its sources are required");
            }
            return new HeartScanAfterTreatment(file.askFromMonths(), file.askToMonths(), file.sources(),
                    new ContentReview(file.reviewedOn(), file.reviewDue()));
        });
    }
}
