package org.leiojournal.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.leiojournal.domain.review.ContentReview;
import org.leiojournal.domain.treatment.Phase;
import org.leiojournal.domain.treatment.Regimen;
import org.leiojournal.platform.LightJson;
import org.leiojournal.platform.StrictJson;

/**
 * The bundled regimen templates as JSON. Unknown fields are refused, so a typing slip in a template file fails its
 * test instead of quietly dropping a value. (A course's own plan is kept by storage, in its own class.)
 */
final class RegimenJson {

    /** Made on first use only: the templates are read while the screens are built at idle (issue 21). */
    private static final class Databind {
        static final ObjectMapper MAPPER = StrictJson.mapper();
    }

    private RegimenJson() {
    }

    /** A bundled template with its review dates, which belong to the file and not to a course's plan. */
    record Template(Regimen regimen, ContentReview review) {
    }

    /** A template file's shape: a regimen's fields and the file's review dates. */
    private record File(String id, String name, List<Phase> phases, List<String> cautions, LocalDate reviewedOn,
                        LocalDate reviewDue) {
    }

    /**
     * Reads a bundled template file: the regimen, and its {@code reviewedOn} and {@code reviewDue}. Read by
     * jackson-jr when plain (issue 21), else by databind, which reads or refuses it as before.
     */
    static Template readTemplate(InputStream in) throws IOException {
        byte[] text = in.readAllBytes();
        try {
            File file = LightJson.strict().read(File.class, text);
            if (file.reviewedOn() != null && file.reviewDue() != null) {
                return new Template(new Regimen(file.id(), file.name(), file.phases(), file.cautions()),
                        new ContentReview(file.reviewedOn(), file.reviewDue()));
            }
        } catch (IOException | RuntimeException e) {
            // not plain: databind decides, with its own message
        }
        return readWithDatabind(text);
    }

    /** The template as databind reads it, with its coercions and its messages for a broken file. */
    static Template readWithDatabind(byte[] text) throws IOException {
        ObjectNode tree = (ObjectNode) Databind.MAPPER.readTree(text);
        JsonNode reviewedOn = tree.remove("reviewedOn");
        JsonNode reviewDue = tree.remove("reviewDue");
        if (reviewedOn == null || reviewDue == null) {
            throw new IOException("a regimen template names reviewedOn and reviewDue");
        }
        ContentReview review = new ContentReview(LocalDate.parse(reviewedOn.asText()),
                LocalDate.parse(reviewDue.asText()));
        return new Template(Databind.MAPPER.treeToValue(tree, Regimen.class), review);
    }
}
