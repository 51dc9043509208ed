package org.leiojournal.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.leiojournal.domain.review.ContentReview;
import org.leiojournal.domain.treatment.HeartScanAfterTreatment;
import org.leiojournal.platform.LightJson;

/**
 * The heart scan to ask about after anthracycline treatment, in {@code heart/after-anthracycline.json}: its window
 * in months after the last dose, its sources and its review dates. Unknown fields are refused, so a slip in the
 * file fails its test instead of dropping a number.
 */
public final class HeartScanCatalog {

    private static final BundledFolder FILES = new BundledFolder("/org/leiojournal/heart/");
    private static final ReadOnce<HeartScanAfterTreatment> BUNDLED = new ReadOnce<>(HeartScanCatalog::readBundled);
    /** Made on first use only: loading databind costs the start 100-550 ms of CPU (issue 21). */
    private static final class Databind {
        static final ObjectMapper MAPPER = CatalogJson.mapper();
    }

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
        return FILES.read("after-anthracycline.json", HeartScanCatalog::read);
    }

    static HeartScanAfterTreatment read(InputStream in) throws IOException {
        return checked(LightJson.strict().readOr(File.class, in.readAllBytes(),
                text -> Databind.MAPPER.readValue(text, File.class)));
    }

    /** The file as databind reads it, with its coercions and its messages for a broken file. */
    static HeartScanAfterTreatment readWithDatabind(byte[] text) throws IOException {
        return checked(Databind.MAPPER.readValue(text, File.class));
    }

    private static HeartScanAfterTreatment checked(File file) throws IOException {
        if (file.askFromMonths() == null || file.askToMonths() == null || file.sources() == null
                || file.sources().isEmpty()) {
            throw new IOException("the window's months and its sources are required");
        }
        return new HeartScanAfterTreatment(file.askFromMonths(), file.askToMonths(), file.sources(),
                new ContentReview(file.reviewedOn(), file.reviewDue()));
    }
}
