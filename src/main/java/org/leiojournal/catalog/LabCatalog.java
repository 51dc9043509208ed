package org.leiojournal.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.leiojournal.domain.lab.DrugLabel;
import org.leiojournal.domain.lab.LabCatalogFile;
import org.leiojournal.domain.lab.LabTest;
import org.leiojournal.domain.lab.LabUnit;
import org.leiojournal.domain.lab.UnitConverter;
import org.leiojournal.domain.review.ContentReview;
import org.leiojournal.platform.LightJson;

/**
 * The blood and urine tests a journal can record ({@code labs/lab-tests.json}): find a test by its LOINC code or
 * id, and convert a value between the UCUM units labs print it in. Unknown fields are refused, so a slip in the file
 * fails its test instead of dropping a value.
 */
public final class LabCatalog {

    private static final BundledFolder FILES = new BundledFolder("/org/leiojournal/labs/");
    private static final ReadOnce<LabCatalog> BUNDLED = new ReadOnce<>(() ->
            new LabCatalog(FILES.readAll(LabCatalog::read).get(0)));
    /** Made on first use only: loading databind costs the start 100-550 ms of CPU (issue 21). */
    private static final class Databind {
        static final ObjectMapper MAPPER = CatalogJson.mapper()
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }

    private final LabCatalogFile file;

    LabCatalog(LabCatalogFile file) {
        this.file = file;
    }

    public static LabCatalog bundled() {
        return BUNDLED.get();
    }

    static LabCatalogFile read(InputStream in) throws IOException {
        return LightJson.strict().readOr(LabCatalogFile.class, in.readAllBytes(), LabCatalog::readWithDatabind);
    }

    /** The file as databind reads it, with its coercions and its messages for a broken file. */
    static LabCatalogFile readWithDatabind(byte[] text) throws IOException {
        return Databind.MAPPER.readValue(text, LabCatalogFile.class);
    }

    static String text() {
        try (InputStream in = FILES.open("lab-tests.json")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every test, in the order the entry form shows them. */
    public List<LabTest> all() {
        return file.tests();
    }

    public Optional<LabTest> byId(String id) {
        return file.tests().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The test with this LOINC code, its own or that of the same test in another unit (bilirubin in µmol/L). */
    public Optional<LabTest> byLoinc(String code) {
        return file.tests().stream().filter(t -> t.hasCode(code)).findFirst();
    }

    /** Where the label of a drug that asks for tests is. */
    public Optional<DrugLabel> label(String drug) {
        return file.labels().stream().filter(l -> l.drug().equalsIgnoreCase(drug)).findFirst();
    }

    public List<DrugLabel> labels() {
        return file.labels();
    }

    public ContentReview review() {
        return new ContentReview(file.reviewedOn(), file.reviewDue());
    }

    /**
     * A value converted between two UCUM units of one test; empty when the test is not in the catalogue or is not
     * printed in either unit.
     */
    public Optional<BigDecimal> convert(String testId, BigDecimal value, String fromUcum, String toUcum) {
        Optional<LabTest> test = byId(testId);
        Optional<LabUnit> from = test.flatMap(t -> t.unit(fromUcum));
        Optional<LabUnit> to = test.flatMap(t -> t.unit(toUcum));
        if (from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(UnitConverter.convert(value, from.get(), to.get()));
    }
}
